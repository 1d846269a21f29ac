-- AlterTable
ALTER TABLE "claim" ADD COLUMN     "content_hash" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "dataset_release" (
    "version" TEXT NOT NULL,
    "content_hash" TEXT NOT NULL,
    "imported_at" TIMESTAMP(3) NOT NULL,
    "claim_count" INTEGER NOT NULL,
    "source_count" INTEGER NOT NULL,

    CONSTRAINT "dataset_release_pkey" PRIMARY KEY ("version")
);

-- CreateTable
CREATE TABLE "claim_change" (
    "id" SERIAL NOT NULL,
    "version" TEXT NOT NULL,
    "claim_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "statement" TEXT NOT NULL,

    CONSTRAINT "claim_change_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "dataset_release_imported_at_idx" ON "dataset_release"("imported_at");

-- CreateIndex
CREATE INDEX "claim_change_version_idx" ON "claim_change"("version");

-- CreateIndex
CREATE INDEX "claim_change_claim_id_idx" ON "claim_change"("claim_id");

-- AddForeignKey
ALTER TABLE "claim_change" ADD CONSTRAINT "claim_change_version_fkey" FOREIGN KEY ("version") REFERENCES "dataset_release"("version") ON DELETE CASCADE ON UPDATE CASCADE;
