-- 0002: the full-text index carries each paragraph's ArticleId (UNINDEXED: stored, not tokenised), so a search groups
-- its matches by article without a lookup in Paragraphs for every matching paragraph. FTS5 cannot add a column, so the
-- table is recreated with the same columns first (column numbers for bm25/highlight/snippet stay 0-2) and the same
-- tokenizer, refilled from Paragraphs and Articles, and its triggers recreated to write the new column.

DROP TRIGGER IF EXISTS "TR_Paragraphs_Insert_Search";
DROP TRIGGER IF EXISTS "TR_Paragraphs_Delete_Search";
DROP TRIGGER IF EXISTS "TR_Paragraphs_Update_Search";
DROP TRIGGER IF EXISTS "TR_Articles_Title_Search";
DROP TABLE IF EXISTS "ParagraphSearch";

CREATE VIRTUAL TABLE "ParagraphSearch" USING fts5(
    "Title", "Heading", "Text", "ArticleId" UNINDEXED,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

INSERT INTO "ParagraphSearch" (rowid, "Title", "Heading", "Text", "ArticleId")
SELECT p."Id", a."Title", coalesce(p."Heading", ''), p."Text", p."ArticleId"
FROM "Paragraphs" p JOIN "Articles" a ON a."Id" = p."ArticleId"
ORDER BY p."Id";

-- One b-tree per term instead of the many segments a bulk insert leaves behind.
INSERT INTO "ParagraphSearch" ("ParagraphSearch") VALUES ('optimize');

CREATE TRIGGER "TR_Paragraphs_Insert_Search" AFTER INSERT ON "Paragraphs" BEGIN
    INSERT INTO "ParagraphSearch" (rowid, "Title", "Heading", "Text", "ArticleId")
    SELECT new."Id", a."Title", coalesce(new."Heading", ''), new."Text", new."ArticleId" FROM "Articles" a WHERE a."Id" = new."ArticleId";
END;

CREATE TRIGGER "TR_Paragraphs_Delete_Search" AFTER DELETE ON "Paragraphs" BEGIN
    DELETE FROM "ParagraphSearch" WHERE rowid = old."Id";
END;

CREATE TRIGGER "TR_Paragraphs_Update_Search" AFTER UPDATE OF "Heading", "Text" ON "Paragraphs" BEGIN
    UPDATE "ParagraphSearch" SET "Heading" = coalesce(new."Heading", ''), "Text" = new."Text" WHERE rowid = new."Id";
END;

CREATE TRIGGER "TR_Articles_Title_Search" AFTER UPDATE OF "Title" ON "Articles" BEGIN
    UPDATE "ParagraphSearch" SET "Title" = new."Title"
    WHERE rowid IN (SELECT "Id" FROM "Paragraphs" WHERE "ArticleId" = new."Id");
END;
