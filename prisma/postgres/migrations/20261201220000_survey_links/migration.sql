-- AlterTable
ALTER TABLE "Survey" ADD COLUMN     "afterSurveyId" INTEGER,
ADD COLUMN     "closedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "SurveyResponse" ADD COLUMN     "source" TEXT NOT NULL DEFAULT 'chat';

-- CreateTable
CREATE TABLE "SurveyLink" (
    "id" SERIAL NOT NULL,
    "surveyId" INTEGER NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "label" TEXT NOT NULL DEFAULT '',
    "expected" INTEGER,
    "closesOn" TEXT,
    "answerCount" INTEGER NOT NULL DEFAULT 0,
    "revokedAt" TIMESTAMP(3),
    "overflowReportedAt" TIMESTAMP(3),
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SurveyLink_tokenHash_key" ON "SurveyLink"("tokenHash");

-- CreateIndex
CREATE INDEX "SurveyLink_surveyId_idx" ON "SurveyLink"("surveyId");

-- AddForeignKey
ALTER TABLE "SurveyLink" ADD CONSTRAINT "SurveyLink_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;
