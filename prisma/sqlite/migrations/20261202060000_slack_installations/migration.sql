-- CreateTable
CREATE TABLE "SlackInstallation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "installationKey" TEXT NOT NULL,
    "teamId" TEXT,
    "enterpriseId" TEXT,
    "isEnterpriseInstall" BOOLEAN NOT NULL DEFAULT false,
    "botUserId" TEXT NOT NULL,
    "botId" TEXT NOT NULL,
    "scopes" TEXT NOT NULL,
    "installerUserId" TEXT,
    "botTokenCiphertext" TEXT NOT NULL,
    "botTokenIv" TEXT NOT NULL,
    "botTokenTag" TEXT NOT NULL,
    "installationCiphertext" TEXT NOT NULL,
    "installationIv" TEXT NOT NULL,
    "installationTag" TEXT NOT NULL,
    "installedAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "SlackInstallation_installationKey_key" ON "SlackInstallation"("installationKey");
