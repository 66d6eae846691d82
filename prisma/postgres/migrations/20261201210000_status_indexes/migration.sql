-- CreateIndex
CREATE INDEX "Round_partnershipId_opensAt_idx" ON "Round"("partnershipId", "opensAt");

-- CreateIndex
CREATE INDEX "Prompt_partnershipId_status_idx" ON "Prompt"("partnershipId", "status");
