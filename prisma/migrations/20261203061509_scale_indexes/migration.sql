-- CreateIndex
CREATE INDEX "Agency_name_id_idx" ON "Agency"("name", "id");

-- CreateIndex
CREATE INDEX "Agency_updatedAt_idx" ON "Agency"("updatedAt");

-- CreateIndex
CREATE INDEX "Assessment_updatedAt_id_idx" ON "Assessment"("updatedAt", "id");

-- CreateIndex
CREATE INDEX "Assessment_status_updatedAt_idx" ON "Assessment"("status", "updatedAt");
