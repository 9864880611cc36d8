CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

CREATE TABLE "Articles" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Articles" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "TitleIsDerived" INTEGER NOT NULL,
    "Subtitle" TEXT NULL,
    "Outlet" TEXT NULL,
    "Author" TEXT NULL,
    "Dateline" TEXT NULL,
    "PublishedOn" TEXT NULL,
    "Caption" TEXT NULL,
    "CaptionCredit" TEXT NULL,
    "SourceUrl" TEXT NULL,
    "Description" TEXT NULL,
    "BodyMarkdown" TEXT NOT NULL,
    "WordCount" INTEGER NOT NULL,
    "OriginalText" TEXT NOT NULL,
    "ContentHash" TEXT NOT NULL,
    "SourceFile" TEXT NOT NULL,
    "SourcePath" TEXT NOT NULL,
    "EncodingNote" TEXT NULL,
    "CodebookHash" TEXT NULL,
    "ImportedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "QualityFlag" TEXT NULL,
    "QualityReason" TEXT NULL,
    "DuplicateOfId" INTEGER NULL,
    CONSTRAINT "FK_Articles_Articles_DuplicateOfId" FOREIGN KEY ("DuplicateOfId") REFERENCES "Articles" ("Id") ON DELETE SET NULL
);

CREATE TABLE "StoreSettings" (
    "Key" TEXT NOT NULL CONSTRAINT "PK_StoreSettings" PRIMARY KEY,
    "Value" TEXT NOT NULL
);

CREATE TABLE "ArticleStakeholders" (
    "ArticleId" INTEGER NOT NULL,
    "StakeholderId" TEXT NOT NULL,
    "Mentions" INTEGER NOT NULL,
    "Paragraphs" INTEGER NOT NULL,
    CONSTRAINT "PK_ArticleStakeholders" PRIMARY KEY ("ArticleId", "StakeholderId"),
    CONSTRAINT "FK_ArticleStakeholders_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ArticleThemes" (
    "ArticleId" INTEGER NOT NULL,
    "ThemeId" TEXT NOT NULL,
    "Paragraphs" INTEGER NOT NULL,
    "Share" REAL NOT NULL,
    CONSTRAINT "PK_ArticleThemes" PRIMARY KEY ("ArticleId", "ThemeId"),
    CONSTRAINT "FK_ArticleThemes_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CitedSources" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CitedSources" PRIMARY KEY AUTOINCREMENT,
    "ArticleId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Title" TEXT NULL,
    CONSTRAINT "FK_CitedSources_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Paragraphs" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Paragraphs" PRIMARY KEY AUTOINCREMENT,
    "ArticleId" INTEGER NOT NULL,
    "Index" INTEGER NOT NULL,
    "Heading" TEXT NULL,
    "Text" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "WordCount" INTEGER NOT NULL,
    CONSTRAINT "FK_Paragraphs_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Quotes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Quotes" PRIMARY KEY AUTOINCREMENT,
    "ArticleId" INTEGER NOT NULL,
    "ParagraphIndex" INTEGER NOT NULL,
    "Speaker" TEXT NULL,
    "StakeholderId" TEXT NULL,
    "Text" TEXT NOT NULL,
    CONSTRAINT "FK_Quotes_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "RemovedTexts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RemovedTexts" PRIMARY KEY AUTOINCREMENT,
    "ArticleId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    CONSTRAINT "FK_RemovedTexts_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Mentions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Mentions" PRIMARY KEY AUTOINCREMENT,
    "ParagraphId" INTEGER NOT NULL,
    "StakeholderId" TEXT NOT NULL,
    "Start" INTEGER NOT NULL,
    "Length" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    CONSTRAINT "FK_Mentions_Paragraphs_ParagraphId" FOREIGN KEY ("ParagraphId") REFERENCES "Paragraphs" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ParagraphThemes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ParagraphThemes" PRIMARY KEY AUTOINCREMENT,
    "ParagraphId" INTEGER NOT NULL,
    "ThemeId" TEXT NOT NULL,
    "Score" REAL NOT NULL,
    "Evidence" TEXT NOT NULL,
    CONSTRAINT "FK_ParagraphThemes_Paragraphs_ParagraphId" FOREIGN KEY ("ParagraphId") REFERENCES "Paragraphs" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Articles_ContentHash" ON "Articles" ("ContentHash");

CREATE INDEX "IX_Articles_DuplicateOfId" ON "Articles" ("DuplicateOfId");

CREATE INDEX "IX_Articles_Outlet" ON "Articles" ("Outlet");

CREATE INDEX "IX_Articles_PublishedOn" ON "Articles" ("PublishedOn");

CREATE UNIQUE INDEX "IX_Articles_Slug" ON "Articles" ("Slug");

CREATE UNIQUE INDEX "IX_Articles_SourcePath" ON "Articles" ("SourcePath");

CREATE INDEX "IX_Articles_Title" ON "Articles" ("Title");

CREATE INDEX "IX_ArticleStakeholders_StakeholderId_ArticleId" ON "ArticleStakeholders" ("StakeholderId", "ArticleId");

CREATE INDEX "IX_ArticleStakeholders_StakeholderId_Mentions_ArticleId" ON "ArticleStakeholders" ("StakeholderId", "Mentions", "ArticleId");

CREATE INDEX "IX_ArticleThemes_ThemeId_ArticleId" ON "ArticleThemes" ("ThemeId", "ArticleId");

CREATE INDEX "IX_ArticleThemes_ThemeId_Paragraphs_ArticleId" ON "ArticleThemes" ("ThemeId", "Paragraphs", "ArticleId");

CREATE INDEX "IX_ArticleThemes_ThemeId_Share_ArticleId" ON "ArticleThemes" ("ThemeId", "Share", "ArticleId");

CREATE INDEX "IX_CitedSources_ArticleId_Position" ON "CitedSources" ("ArticleId", "Position");

CREATE INDEX "IX_Mentions_ParagraphId" ON "Mentions" ("ParagraphId");

CREATE INDEX "IX_Mentions_StakeholderId" ON "Mentions" ("StakeholderId");

CREATE UNIQUE INDEX "IX_Paragraphs_ArticleId_Index" ON "Paragraphs" ("ArticleId", "Index");

CREATE INDEX "IX_ParagraphThemes_ParagraphId" ON "ParagraphThemes" ("ParagraphId");

CREATE INDEX "IX_ParagraphThemes_ThemeId" ON "ParagraphThemes" ("ThemeId");

CREATE INDEX "IX_Quotes_ArticleId" ON "Quotes" ("ArticleId");

CREATE INDEX "IX_Quotes_StakeholderId" ON "Quotes" ("StakeholderId");

CREATE INDEX "IX_RemovedTexts_ArticleId_Position" ON "RemovedTexts" ("ArticleId", "Position");

CREATE VIRTUAL TABLE "ParagraphSearch" USING fts5(
    "Title", "Heading", "Text",
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER "TR_Paragraphs_Insert_Search" AFTER INSERT ON "Paragraphs" BEGIN
    INSERT INTO "ParagraphSearch" (rowid, "Title", "Heading", "Text")
    SELECT new."Id", a."Title", coalesce(new."Heading", ''), new."Text" FROM "Articles" a WHERE a."Id" = new."ArticleId";
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

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201202510_InitialCreate', '10.0.15');

CREATE INDEX "IX_Articles_Outlet_PublishedOn_QualityFlag_DuplicateOfId" ON "Articles" ("Outlet", "PublishedOn", "QualityFlag", "DuplicateOfId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201211050_OutletCountedIndex', '10.0.15');

ALTER TABLE "Quotes" ADD "Role" TEXT NULL;

ALTER TABLE "Quotes" ADD "Method" TEXT NOT NULL DEFAULT 'None';

ALTER TABLE "Quotes" ADD "IsPhrase" INTEGER NOT NULL DEFAULT 0;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201223537_QuoteAttribution', '10.0.15');

ALTER TABLE "Articles" ADD "DateNote" TEXT NULL;

ALTER TABLE "Articles" ADD "DateSource" TEXT NULL;

CREATE TABLE "ArticleFingerprints" (
    "ArticleId" INTEGER NOT NULL CONSTRAINT "PK_ArticleFingerprints" PRIMARY KEY,
    "TextHash" TEXT NOT NULL,
    "Signature" BLOB NOT NULL,
    CONSTRAINT "FK_ArticleFingerprints_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ArticleShingleBands" (
    "Key" INTEGER NOT NULL,
    "ArticleId" INTEGER NOT NULL,
    CONSTRAINT "PK_ArticleShingleBands" PRIMARY KEY ("Key", "ArticleId"),
    CONSTRAINT "FK_ArticleShingleBands_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ArticleSources" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ArticleSources" PRIMARY KEY AUTOINCREMENT,
    "ArticleId" INTEGER NOT NULL,
    "SourcePath" TEXT NOT NULL,
    "SourceFile" TEXT NOT NULL,
    "SourceUrl" TEXT NULL,
    "ContentHash" TEXT NOT NULL,
    "AddedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_ArticleSources_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_ArticleFingerprints_TextHash" ON "ArticleFingerprints" ("TextHash");

CREATE INDEX "IX_ArticleShingleBands_ArticleId" ON "ArticleShingleBands" ("ArticleId");

CREATE INDEX "IX_ArticleSources_ArticleId" ON "ArticleSources" ("ArticleId");

CREATE UNIQUE INDEX "IX_ArticleSources_SourcePath" ON "ArticleSources" ("SourcePath");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201231901_ArticleCleaning', '10.0.15');

CREATE TABLE "Feeds" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Feeds" PRIMARY KEY AUTOINCREMENT,
    "Url" TEXT NOT NULL,
    "Name" TEXT NULL,
    "Outlet" TEXT NULL,
    "IntervalMinutes" INTEGER NOT NULL,
    "Origin" TEXT NOT NULL,
    "ETag" TEXT NULL,
    "LastModified" TEXT NULL,
    "LastFetchAt" INTEGER NULL,
    "LastSuccessAt" INTEGER NULL,
    "LastError" TEXT NULL,
    "ConsecutiveFailures" INTEGER NOT NULL,
    "NextFetchAt" INTEGER NOT NULL,
    "ItemsImported" INTEGER NOT NULL
);

CREATE TABLE "FeedItems" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_FeedItems" PRIMARY KEY AUTOINCREMENT,
    "FeedId" INTEGER NOT NULL,
    "ItemKey" TEXT NOT NULL,
    "Link" TEXT NULL,
    "ArticleId" INTEGER NULL,
    "Outcome" TEXT NOT NULL,
    "SeenAt" INTEGER NOT NULL,
    CONSTRAINT "FK_FeedItems_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_FeedItems_Feeds_FeedId" FOREIGN KEY ("FeedId") REFERENCES "Feeds" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Articles_SourceUrl" ON "Articles" ("SourceUrl");

CREATE INDEX "IX_FeedItems_ArticleId" ON "FeedItems" ("ArticleId");

CREATE UNIQUE INDEX "IX_FeedItems_FeedId_ItemKey" ON "FeedItems" ("FeedId", "ItemKey");

CREATE UNIQUE INDEX "IX_Feeds_Url" ON "Feeds" ("Url");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201235211_FeedsAndSourceUrlIndex', '10.0.15');

