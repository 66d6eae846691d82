-- AlterTable
ALTER TABLE "Schedule" ADD COLUMN     "nextRoundAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Schedule_nextRoundAt_idx" ON "Schedule"("nextRoundAt");
