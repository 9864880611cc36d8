-- 0004: an article can be flagged as not a real article (paywall stub, section front...) with the reason, and linked
-- to the article it nearly repeats; both are left out of the store's figures (Articles/CountedArticles.cs).

ALTER TABLE "Articles" ADD COLUMN "QualityFlag" TEXT NULL;
ALTER TABLE "Articles" ADD COLUMN "QualityReason" TEXT NULL;
ALTER TABLE "Articles" ADD COLUMN "DuplicateOfId" INTEGER NULL CONSTRAINT "FK_Articles_Articles_DuplicateOfId" REFERENCES "Articles" ("Id") ON DELETE SET NULL;
CREATE INDEX "IX_Articles_DuplicateOfId" ON "Articles" ("DuplicateOfId");
