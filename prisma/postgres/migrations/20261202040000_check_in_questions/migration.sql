-- CreateTable
CREATE TABLE "CheckInQuestion" (
    "id" SERIAL NOT NULL,
    "partnershipId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "options" TEXT NOT NULL DEFAULT '',
    "removedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckInQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckInAnswer" (
    "id" SERIAL NOT NULL,
    "responseId" INTEGER NOT NULL,
    "questionId" INTEGER NOT NULL,
    "numberValue" DOUBLE PRECISION,
    "textValue" TEXT,

    CONSTRAINT "CheckInAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CheckInQuestion_partnershipId_position_idx" ON "CheckInQuestion"("partnershipId", "position");

-- CreateIndex
CREATE INDEX "CheckInAnswer_questionId_idx" ON "CheckInAnswer"("questionId");

-- CreateIndex
CREATE UNIQUE INDEX "CheckInAnswer_responseId_questionId_key" ON "CheckInAnswer"("responseId", "questionId");

-- AddForeignKey
ALTER TABLE "CheckInQuestion" ADD CONSTRAINT "CheckInQuestion_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInAnswer" ADD CONSTRAINT "CheckInAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "CheckInResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInAnswer" ADD CONSTRAINT "CheckInAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "CheckInQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
