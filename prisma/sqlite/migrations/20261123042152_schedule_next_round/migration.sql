-- AlterTable
ALTER TABLE "Schedule" ADD COLUMN "nextRoundAt" DATETIME;

-- CreateIndex
CREATE INDEX "Schedule_nextRoundAt_idx" ON "Schedule"("nextRoundAt");
