-- AlterTable
ALTER TABLE "Blackout" ADD COLUMN     "calendarSourceId" INTEGER;

-- CreateTable
CREATE TABLE "CalendarSource" (
    "id" SERIAL NOT NULL,
    "partnershipId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "address" TEXT,
    "name" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastReadAt" TIMESTAMP(3),
    "nextReadAt" TIMESTAMP(3),
    "lastError" TEXT,

    CONSTRAINT "CalendarSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarImportPreview" (
    "id" SERIAL NOT NULL,
    "partnershipId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "personId" INTEGER NOT NULL,
    "sourceKey" TEXT NOT NULL,
    "address" TEXT,
    "name" TEXT NOT NULL DEFAULT '',
    "reading" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CalendarImportPreview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarWords" (
    "partnershipId" INTEGER NOT NULL,
    "words" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarWords_pkey" PRIMARY KEY ("partnershipId")
);

-- CreateIndex
CREATE INDEX "CalendarSource_nextReadAt_idx" ON "CalendarSource"("nextReadAt");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarSource_partnershipId_key_key" ON "CalendarSource"("partnershipId", "key");

-- CreateIndex
CREATE INDEX "CalendarImportPreview_expiresAt_idx" ON "CalendarImportPreview"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarImportPreview_partnershipId_code_key" ON "CalendarImportPreview"("partnershipId", "code");

-- CreateIndex
CREATE INDEX "Blackout_calendarSourceId_idx" ON "Blackout"("calendarSourceId");

-- AddForeignKey
ALTER TABLE "CalendarSource" ADD CONSTRAINT "CalendarSource_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarImportPreview" ADD CONSTRAINT "CalendarImportPreview_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarWords" ADD CONSTRAINT "CalendarWords_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;


