-- Evidence v2 changes the shape of every claim. The curated files in data/ are the source of truth and the
-- importer that runs after migrations reloads them, so the old rows are cleared rather than converted.
DELETE FROM "claim_source";
DELETE FROM "claim";
DELETE FROM "source";
DELETE FROM "dataset_info";

-- AlterTable
ALTER TABLE "claim" DROP COLUMN "ae_incidence",
DROP COLUMN "ci_high",
DROP COLUMN "ci_low",
DROP COLUMN "control_value",
DROP COLUMN "effect_type",
DROP COLUMN "intervention_value",
DROP COLUMN "p_value",
DROP COLUMN "result_n",
DROP COLUMN "unit",
DROP COLUMN "value",
ADD COLUMN     "ae_arms" JSONB,
ADD COLUMN     "ae_not_reported" TEXT,
ADD COLUMN     "all_routes" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "all_subtypes" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "arms" JSONB,
ADD COLUMN     "certainty" TEXT,
ADD COLUMN     "certainty_basis" TEXT,
ADD COLUMN     "certainty_downgrades" JSONB,
ADD COLUMN     "certainty_rank" INTEGER NOT NULL DEFAULT -1,
ADD COLUMN     "certainty_reasons" TEXT[],
ADD COLUMN     "comparison" TEXT,
ADD COLUMN     "estimates" JSONB,
ADD COLUMN     "evidence_base" TEXT,
ADD COLUMN     "fact_date" TEXT,
ADD COLUMN     "k" INTEGER,
ADD COLUMN     "measure" TEXT,
ADD COLUMN     "n" INTEGER,
ADD COLUMN     "sample_size" INTEGER,
DROP COLUMN "source_grade",
ADD COLUMN     "source_grade" JSONB;

-- AlterTable
ALTER TABLE "source" ADD COLUMN     "kind" TEXT NOT NULL,
ADD COLUMN     "no_pmid" TEXT,
ADD COLUMN     "pools" TEXT;

-- CreateIndex
CREATE INDEX "claim_certainty_rank_idx" ON "claim"("certainty_rank");
