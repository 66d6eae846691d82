-- CreateTable
CREATE TABLE "SurveyRecipient" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "surveyId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    CONSTRAINT "SurveyRecipient_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SurveyRecipient_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SurveyChannel" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "surveyId" INTEGER NOT NULL,
    "platform" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    CONSTRAINT "SurveyChannel_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Survey" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "partnershipId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "minResponses" INTEGER NOT NULL DEFAULT 5,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "createdById" INTEGER,
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Survey_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Survey" ("anonymous", "createdAt", "createdById", "id", "partnershipId", "sentAt", "status", "title") SELECT "anonymous", "createdAt", "createdById", "id", "partnershipId", "sentAt", "status", "title" FROM "Survey";
DROP TABLE "Survey";
ALTER TABLE "new_Survey" RENAME TO "Survey";
CREATE INDEX "Survey_partnershipId_idx" ON "Survey"("partnershipId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "SurveyRecipient_personId_idx" ON "SurveyRecipient"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyRecipient_surveyId_personId_key" ON "SurveyRecipient"("surveyId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyChannel_surveyId_platform_workspaceId_channelId_key" ON "SurveyChannel"("surveyId", "platform", "workspaceId", "channelId");
