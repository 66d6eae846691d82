-- CreateTable
CREATE TABLE "CheckInQuestion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "partnershipId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "options" TEXT NOT NULL DEFAULT '',
    "removedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CheckInQuestion_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CheckInAnswer" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "responseId" INTEGER NOT NULL,
    "questionId" INTEGER NOT NULL,
    "numberValue" REAL,
    "textValue" TEXT,
    CONSTRAINT "CheckInAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "CheckInResponse" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CheckInAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "CheckInQuestion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "CheckInQuestion_partnershipId_position_idx" ON "CheckInQuestion"("partnershipId", "position");

-- CreateIndex
CREATE INDEX "CheckInAnswer_questionId_idx" ON "CheckInAnswer"("questionId");

-- CreateIndex
CREATE UNIQUE INDEX "CheckInAnswer_responseId_questionId_key" ON "CheckInAnswer"("responseId", "questionId");
