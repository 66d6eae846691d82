-- AlterTable
ALTER TABLE "Metric" ADD COLUMN "retiredAt" DATETIME;
