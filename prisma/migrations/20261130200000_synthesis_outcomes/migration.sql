-- AlterTable
ALTER TABLE "claim" ADD COLUMN     "outcome_key" TEXT,
ADD COLUMN     "study_design" TEXT,
ADD COLUMN     "study_label" TEXT;

-- CreateIndex
CREATE INDEX "claim_outcome_key_idx" ON "claim"("outcome_key");
