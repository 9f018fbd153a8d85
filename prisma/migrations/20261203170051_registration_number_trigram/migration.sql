-- CreateIndex
CREATE INDEX "InformationRequest_registrationNumber_trgm_idx" ON "InformationRequest" USING GIN ("registrationNumber" gin_trgm_ops);
