-- AlterTable
ALTER TABLE "claim" ADD COLUMN     "relevance_rank" INTEGER NOT NULL DEFAULT 99;

-- CreateIndex
CREATE INDEX "claim_relevance_rank_idx" ON "claim"("relevance_rank");
