-- AlterTable
ALTER TABLE "Survey" ADD COLUMN     "minResponses" INTEGER NOT NULL DEFAULT 5;

-- CreateTable
CREATE TABLE "SurveyRecipient" (
    "id" SERIAL NOT NULL,
    "surveyId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,

    CONSTRAINT "SurveyRecipient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyChannel" (
    "id" SERIAL NOT NULL,
    "surveyId" INTEGER NOT NULL,
    "platform" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,

    CONSTRAINT "SurveyChannel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SurveyRecipient_personId_idx" ON "SurveyRecipient"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyRecipient_surveyId_personId_key" ON "SurveyRecipient"("surveyId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyChannel_surveyId_platform_workspaceId_channelId_key" ON "SurveyChannel"("surveyId", "platform", "workspaceId", "channelId");

-- AddForeignKey
ALTER TABLE "SurveyRecipient" ADD CONSTRAINT "SurveyRecipient_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyRecipient" ADD CONSTRAINT "SurveyRecipient_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyChannel" ADD CONSTRAINT "SurveyChannel_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;
