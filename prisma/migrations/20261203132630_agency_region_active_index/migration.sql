-- DropIndex
DROP INDEX "Agency_region_idx";

-- CreateIndex
CREATE INDEX "Agency_region_active_id_idx" ON "Agency"("region", "active", "id");
