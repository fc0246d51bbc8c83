-- CreateIndex
CREATE INDEX "Agency_countryCode_idx" ON "Agency"("countryCode");
