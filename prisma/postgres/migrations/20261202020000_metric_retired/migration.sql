-- AlterTable
ALTER TABLE "Metric" ADD COLUMN     "retiredAt" TIMESTAMP(3);
