-- 0003: look articles up by the hash of their text, so a file that was moved or renamed (a folder renamed, the
-- repository cloned elsewhere) is recognised as the article already stored, not imported a second time.

CREATE INDEX "IX_Articles_ContentHash" ON "Articles" ("ContentHash");
