-- AlterTable
ALTER TABLE "Survey" ADD COLUMN "afterSurveyId" INTEGER;
ALTER TABLE "Survey" ADD COLUMN "closedAt" DATETIME;

-- CreateTable
CREATE TABLE "SurveyLink" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "surveyId" INTEGER NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "label" TEXT NOT NULL DEFAULT '',
    "expected" INTEGER,
    "closesOn" TEXT,
    "answerCount" INTEGER NOT NULL DEFAULT 0,
    "revokedAt" DATETIME,
    "overflowReportedAt" DATETIME,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SurveyLink_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_SurveyResponse" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "surveyId" INTEGER NOT NULL,
    "respondentId" INTEGER,
    "submittedOn" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'chat',
    CONSTRAINT "SurveyResponse_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SurveyResponse_respondentId_fkey" FOREIGN KEY ("respondentId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_SurveyResponse" ("id", "respondentId", "submittedOn", "surveyId") SELECT "id", "respondentId", "submittedOn", "surveyId" FROM "SurveyResponse";
DROP TABLE "SurveyResponse";
ALTER TABLE "new_SurveyResponse" RENAME TO "SurveyResponse";
CREATE UNIQUE INDEX "SurveyResponse_surveyId_respondentId_key" ON "SurveyResponse"("surveyId", "respondentId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "SurveyLink_tokenHash_key" ON "SurveyLink"("tokenHash");

-- CreateIndex
CREATE INDEX "SurveyLink_surveyId_idx" ON "SurveyLink"("surveyId");

