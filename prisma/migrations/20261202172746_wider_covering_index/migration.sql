-- DropIndex
DROP INDEX "ScoreSnapshot_currentForId_instrumentVersion_id_idx";

-- CreateIndex
CREATE INDEX "ScoreSnapshot_current_scores_idx" ON "ScoreSnapshot"("currentForId", "instrumentVersion", "id", "scoringModelVersion", "digitalMaturity", "digitalMaturityStage", "youthReadiness", "youthReadinessStage");
