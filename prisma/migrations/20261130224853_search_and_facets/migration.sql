-- AlterTable
ALTER TABLE "claim" ADD COLUMN     "search_vector" tsvector;

-- CreateIndex
CREATE INDEX "claim_designs_idx" ON "claim" USING GIN ("designs");

-- CreateIndex
CREATE INDEX "claim_search_vector_idx" ON "claim" USING GIN ("search_vector");

-- Fill the search index for data imported before this migration (later imports write it themselves).
UPDATE "claim" SET "search_vector" =
  setweight(to_tsvector('english', coalesce("statement", '')), 'A') ||
  setweight(to_tsvector('english', coalesce("outcome", '') || ' ' || coalesce("ae_label", '') || ' ' || coalesce("comparator", '')), 'B') ||
  setweight(to_tsvector('english', coalesce("sort_citation", '') || ' ' || coalesce("study_label", '') || ' ' || coalesce("dose_as_studied", '') || ' ' || "id"), 'C');
