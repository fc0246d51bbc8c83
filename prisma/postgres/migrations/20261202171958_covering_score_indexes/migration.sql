-- CreateIndex
CREATE INDEX "ScoreSnapshot_currentForId_instrumentVersion_id_idx" ON "ScoreSnapshot"("currentForId", "instrumentVersion", "id");

-- CreateIndex
CREATE INDEX "ScoreSnapshot_id_digitalMaturity_youthReadiness_idx" ON "ScoreSnapshot"("id", "digitalMaturity", "youthReadiness");
