-- AlterTable
ALTER TABLE "source" ADD COLUMN     "label" TEXT NOT NULL DEFAULT '';

-- Stores imported before this column: the same labels the import computes (lib/dataset/cite-labels.ts).
UPDATE "source" s
SET "label" = s."first_author" || ' ' || s."year" || CASE WHEN x.cnt > 1 THEN chr(96 + x.rn::int) ELSE '' END
FROM (
  SELECT "id", count(*) OVER (PARTITION BY "first_author", "year") AS cnt,
         row_number() OVER (PARTITION BY "first_author", "year" ORDER BY "id" COLLATE "C") AS rn
  FROM "source"
) x
WHERE x."id" = s."id";
