-- 0002: indexes in the order the stakeholder and theme pages (and the list sorted by relevance to one code) show their
-- articles, so SQLite walks the strongest profiles first and stops after a page instead of sorting every article that
-- has the code (a quarter of a 100,000-article store for the United States).

CREATE INDEX "IX_ArticleStakeholders_StakeholderId_Mentions_ArticleId" ON "ArticleStakeholders" ("StakeholderId", "Mentions", "ArticleId");
CREATE INDEX "IX_ArticleThemes_ThemeId_Share_ArticleId" ON "ArticleThemes" ("ThemeId", "Share", "ArticleId");
CREATE INDEX "IX_ArticleThemes_ThemeId_Paragraphs_ArticleId" ON "ArticleThemes" ("ThemeId", "Paragraphs", "ArticleId");
