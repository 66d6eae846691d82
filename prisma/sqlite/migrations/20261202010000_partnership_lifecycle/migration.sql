-- CreateTable
CREATE TABLE "PartnershipHandleAlias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "partnershipId" INTEGER NOT NULL,
    "platform" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PartnershipHandleAlias_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PartnershipArchive" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "partnershipId" INTEGER NOT NULL,
    "fromStatus" TEXT NOT NULL,
    "archivedAt" DATETIME NOT NULL,
    "archivedById" INTEGER,
    CONSTRAINT "PartnershipArchive_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Term" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "partnershipId" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "startsOn" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Term_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TermMetricTarget" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "termId" INTEGER NOT NULL,
    "metricId" INTEGER NOT NULL,
    "baseline" REAL NOT NULL,
    "target" REAL NOT NULL,
    "dueOn" TEXT,
    CONSTRAINT "TermMetricTarget_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TermMetricTarget_metricId_fkey" FOREIGN KEY ("metricId") REFERENCES "Metric" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "PartnershipHandleAlias_partnershipId_idx" ON "PartnershipHandleAlias"("partnershipId");

-- CreateIndex
CREATE UNIQUE INDEX "PartnershipHandleAlias_platform_workspaceId_handle_key" ON "PartnershipHandleAlias"("platform", "workspaceId", "handle");

-- CreateIndex
CREATE UNIQUE INDEX "PartnershipArchive_partnershipId_key" ON "PartnershipArchive"("partnershipId");

-- CreateIndex
CREATE UNIQUE INDEX "Term_partnershipId_label_key" ON "Term"("partnershipId", "label");

-- CreateIndex
CREATE UNIQUE INDEX "Term_partnershipId_startsOn_key" ON "Term"("partnershipId", "startsOn");

-- CreateIndex
CREATE UNIQUE INDEX "TermMetricTarget_termId_metricId_key" ON "TermMetricTarget"("termId", "metricId");
