-- CreateTable
CREATE TABLE "PartnershipHandleAlias" (
    "id" SERIAL NOT NULL,
    "partnershipId" INTEGER NOT NULL,
    "platform" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnershipHandleAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnershipArchive" (
    "id" SERIAL NOT NULL,
    "partnershipId" INTEGER NOT NULL,
    "fromStatus" TEXT NOT NULL,
    "archivedAt" TIMESTAMP(3) NOT NULL,
    "archivedById" INTEGER,

    CONSTRAINT "PartnershipArchive_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Term" (
    "id" SERIAL NOT NULL,
    "partnershipId" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "startsOn" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Term_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TermMetricTarget" (
    "id" SERIAL NOT NULL,
    "termId" INTEGER NOT NULL,
    "metricId" INTEGER NOT NULL,
    "baseline" DOUBLE PRECISION NOT NULL,
    "target" DOUBLE PRECISION NOT NULL,
    "dueOn" TEXT,

    CONSTRAINT "TermMetricTarget_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "PartnershipHandleAlias" ADD CONSTRAINT "PartnershipHandleAlias_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipArchive" ADD CONSTRAINT "PartnershipArchive_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Term" ADD CONSTRAINT "Term_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TermMetricTarget" ADD CONSTRAINT "TermMetricTarget_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TermMetricTarget" ADD CONSTRAINT "TermMetricTarget_metricId_fkey" FOREIGN KEY ("metricId") REFERENCES "Metric"("id") ON DELETE CASCADE ON UPDATE CASCADE;
