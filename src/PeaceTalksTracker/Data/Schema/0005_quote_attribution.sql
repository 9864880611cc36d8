-- 0005: how each quote was attributed (said-verb, according-to, pronoun), the speaker's role as written, and whether it
-- is a short phrase in quote marks rather than a quotation. Existing quotes read as unattributed quotations until the
-- next re-tag (the tagger version changes with this script, so the app re-tags on its next start).

ALTER TABLE "Quotes" ADD COLUMN "Role" TEXT NULL;
ALTER TABLE "Quotes" ADD COLUMN "Method" TEXT NOT NULL DEFAULT 'None';
ALTER TABLE "Quotes" ADD COLUMN "IsPhrase" INTEGER NOT NULL DEFAULT 0;
