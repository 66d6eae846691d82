-- DropIndex
DROP INDEX "Prompt_status_nextAttemptAt_idx";

-- CreateIndex
CREATE INDEX "Prompt_status_id_idx" ON "Prompt"("status", "id");
