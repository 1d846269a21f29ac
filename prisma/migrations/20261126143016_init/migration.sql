-- CreateTable
CREATE TABLE "source" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "authors" TEXT[],
    "first_author" TEXT NOT NULL,
    "journal" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "pmid" TEXT,
    "doi" TEXT,
    "pmcid" TEXT,
    "registration" TEXT,
    "url" TEXT,
    "design" TEXT NOT NULL,
    "n" INTEGER,
    "funding" TEXT NOT NULL,
    "read_at" TEXT NOT NULL,

    CONSTRAINT "source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim" (
    "id" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "subtypes" TEXT[],
    "routes" TEXT[],
    "drugs" TEXT[],
    "comparator" TEXT,
    "outcome" TEXT,
    "timepoint_label" TEXT,
    "timepoint_hours" DOUBLE PRECISION,
    "effect_type" TEXT,
    "value" DOUBLE PRECISION,
    "ci_low" DOUBLE PRECISION,
    "ci_high" DOUBLE PRECISION,
    "unit" TEXT,
    "intervention_value" TEXT,
    "control_value" TEXT,
    "result_n" INTEGER,
    "p_value" TEXT,
    "ae_name" TEXT,
    "ae_label" TEXT,
    "ae_term" TEXT,
    "ae_incidence" TEXT,
    "ae_percent" DOUBLE PRECISION,
    "direction" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "level_reason" TEXT,
    "source_grade" TEXT,
    "dose_as_studied" TEXT,
    "setting" TEXT,
    "designs" TEXT[],
    "sort_citation" TEXT NOT NULL,
    "last_reviewed" TEXT NOT NULL,
    "history" JSONB,

    CONSTRAINT "claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim_source" (
    "claim_id" TEXT NOT NULL,
    "source_id" TEXT NOT NULL,
    "locator" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "claim_source_pkey" PRIMARY KEY ("claim_id","source_id")
);

-- CreateTable
CREATE TABLE "dataset_info" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" TEXT NOT NULL,
    "content_hash" TEXT NOT NULL,
    "imported_at" TIMESTAMP(3) NOT NULL,
    "claim_count" INTEGER NOT NULL,
    "source_count" INTEGER NOT NULL,

    CONSTRAINT "dataset_info_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "source_pmid_key" ON "source"("pmid");

-- CreateIndex
CREATE UNIQUE INDEX "source_doi_key" ON "source"("doi");

-- CreateIndex
CREATE INDEX "source_design_idx" ON "source"("design");

-- CreateIndex
CREATE INDEX "claim_category_idx" ON "claim"("category");

-- CreateIndex
CREATE INDEX "claim_level_idx" ON "claim"("level");

-- CreateIndex
CREATE INDEX "claim_subtypes_idx" ON "claim" USING GIN ("subtypes");

-- CreateIndex
CREATE INDEX "claim_routes_idx" ON "claim" USING GIN ("routes");

-- CreateIndex
CREATE INDEX "claim_drugs_idx" ON "claim" USING GIN ("drugs");

-- CreateIndex
CREATE INDEX "claim_source_source_id_idx" ON "claim_source"("source_id");

-- AddForeignKey
ALTER TABLE "claim_source" ADD CONSTRAINT "claim_source_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_source" ADD CONSTRAINT "claim_source_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
