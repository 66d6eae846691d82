-- AlterTable
ALTER TABLE "Need" ADD COLUMN "metByAssetId" INTEGER;
