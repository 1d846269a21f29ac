-- AlterTable
ALTER TABLE "source" ADD COLUMN     "issue" TEXT,
ADD COLUMN     "pages" TEXT,
ADD COLUMN     "volume" TEXT;
