-- AlterTable
ALTER TABLE "Blackout" ADD COLUMN "calendarSourceId" INTEGER;

-- CreateTable
CREATE TABLE "CalendarSource" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "partnershipId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "address" TEXT,
    "name" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastReadAt" DATETIME,
    "nextReadAt" DATETIME,
    "lastError" TEXT,
    CONSTRAINT "CalendarSource_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CalendarImportPreview" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "partnershipId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "personId" INTEGER NOT NULL,
    "sourceKey" TEXT NOT NULL,
    "address" TEXT,
    "name" TEXT NOT NULL DEFAULT '',
    "reading" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    CONSTRAINT "CalendarImportPreview_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CalendarWords" (
    "partnershipId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "words" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CalendarWords_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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

