-- AlterTable
ALTER TABLE "claim" ADD COLUMN     "study_source" TEXT;
