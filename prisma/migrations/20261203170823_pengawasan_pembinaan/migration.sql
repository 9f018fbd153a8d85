-- CreateEnum
CREATE TYPE "AuditStatus" AS ENUM ('DRAFT', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "FindingSeverity" AS ENUM ('RENDAH', 'SEDANG', 'TINGGI');

-- CreateEnum
CREATE TYPE "FindingStatus" AS ENUM ('TERBUKA', 'DITUTUP');

-- CreateEnum
CREATE TYPE "MonevStatus" AS ENUM ('DRAFT', 'SELESAI');

-- CreateEnum
CREATE TYPE "GuideKind" AS ENUM ('SOP', 'PANDUAN', 'STANDAR', 'MAKLUMAT');

-- CreateTable
CREATE TABLE "AuditInstrument" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditInstrument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditSection" (
    "id" TEXT NOT NULL,
    "instrumentId" TEXT NOT NULL,
    "standard" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "order" INTEGER NOT NULL,

    CONSTRAINT "AuditSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditItem" (
    "id" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL,
    "maxScore" INTEGER NOT NULL DEFAULT 4,
    "levels" JSONB NOT NULL,
    "prefillSource" TEXT,
    "order" INTEGER NOT NULL,

    CONSTRAINT "AuditItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InternalAudit" (
    "id" TEXT NOT NULL,
    "instrumentId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "revisionOfId" TEXT,
    "revisionReason" TEXT,
    "status" "AuditStatus" NOT NULL DEFAULT 'DRAFT',
    "auditorId" TEXT NOT NULL,
    "summary" TEXT,
    "totalScore" DOUBLE PRECISION,
    "submittedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InternalAudit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditItemScore" (
    "id" TEXT NOT NULL,
    "auditId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "score" INTEGER,
    "prefillScore" INTEGER,
    "prefillFigure" TEXT,
    "overrideReason" TEXT,
    "note" TEXT,
    "evidenceLink" TEXT,
    "evidenceFileId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AuditItemScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditFinding" (
    "id" TEXT NOT NULL,
    "auditId" TEXT NOT NULL,
    "itemId" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "severity" "FindingSeverity" NOT NULL,
    "ownerId" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "status" "FindingStatus" NOT NULL DEFAULT 'TERBUKA',
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditFinding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FindingFollowUp" (
    "id" TEXT NOT NULL,
    "findingId" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "evidenceLink" TEXT,
    "closes" BOOLEAN NOT NULL DEFAULT false,
    "actorId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FindingFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonevIndicator" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL,
    "order" INTEGER NOT NULL,

    CONSTRAINT "MonevIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonevQuestion" (
    "id" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "maxScore" INTEGER NOT NULL DEFAULT 4,
    "order" INTEGER NOT NULL,

    CONSTRAINT "MonevQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonevAssessment" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "MonevStatus" NOT NULL DEFAULT 'DRAFT',
    "selfScore" DOUBLE PRECISION,
    "visitScore" DOUBLE PRECISION,
    "completedAt" TIMESTAMP(3),
    "completedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MonevAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonevAnswer" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "note" TEXT,
    "evidenceLink" TEXT,
    "evidenceFileId" TEXT,

    CONSTRAINT "MonevAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingEvent" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "organiser" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "hours" DOUBLE PRECISION NOT NULL,
    "topic" TEXT NOT NULL,
    "competency" TEXT,

    CONSTRAINT "TrainingEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingParticipant" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "certificateFileId" TEXT,

    CONSTRAINT "TrainingParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleCompetency" (
    "id" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "competency" TEXT NOT NULL,

    CONSTRAINT "RoleCompetency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GuideDocument" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "GuideKind" NOT NULL,
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "GuideDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GuideVersion" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "effectiveDate" DATE NOT NULL,
    "approverName" TEXT NOT NULL,
    "changeNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GuideVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GuideAcknowledgement" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GuideAcknowledgement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AuditSection_instrumentId_standard_key" ON "AuditSection"("instrumentId", "standard");

-- CreateIndex
CREATE UNIQUE INDEX "AuditItem_sectionId_code_key" ON "AuditItem"("sectionId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "InternalAudit_period_revision_key" ON "InternalAudit"("period", "revision");

-- CreateIndex
CREATE UNIQUE INDEX "AuditItemScore_auditId_itemId_key" ON "AuditItemScore"("auditId", "itemId");

-- CreateIndex
CREATE INDEX "AuditFinding_ownerId_status_idx" ON "AuditFinding"("ownerId", "status");

-- CreateIndex
CREATE INDEX "AuditFinding_status_dueDate_idx" ON "AuditFinding"("status", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "MonevIndicator_year_code_key" ON "MonevIndicator"("year", "code");

-- CreateIndex
CREATE UNIQUE INDEX "MonevAssessment_year_key" ON "MonevAssessment"("year");

-- CreateIndex
CREATE UNIQUE INDEX "MonevAnswer_assessmentId_questionId_key" ON "MonevAnswer"("assessmentId", "questionId");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingParticipant_eventId_userId_key" ON "TrainingParticipant"("eventId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "RoleCompetency_role_competency_key" ON "RoleCompetency"("role", "competency");

-- CreateIndex
CREATE UNIQUE INDEX "GuideDocument_code_key" ON "GuideDocument"("code");

-- CreateIndex
CREATE UNIQUE INDEX "GuideVersion_documentId_version_key" ON "GuideVersion"("documentId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "GuideAcknowledgement_versionId_userId_key" ON "GuideAcknowledgement"("versionId", "userId");

-- AddForeignKey
ALTER TABLE "AuditSection" ADD CONSTRAINT "AuditSection_instrumentId_fkey" FOREIGN KEY ("instrumentId") REFERENCES "AuditInstrument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditItem" ADD CONSTRAINT "AuditItem_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "AuditSection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternalAudit" ADD CONSTRAINT "InternalAudit_instrumentId_fkey" FOREIGN KEY ("instrumentId") REFERENCES "AuditInstrument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternalAudit" ADD CONSTRAINT "InternalAudit_auditorId_fkey" FOREIGN KEY ("auditorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditItemScore" ADD CONSTRAINT "AuditItemScore_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "InternalAudit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditItemScore" ADD CONSTRAINT "AuditItemScore_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "AuditItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditFinding" ADD CONSTRAINT "AuditFinding_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "InternalAudit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditFinding" ADD CONSTRAINT "AuditFinding_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "AuditItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditFinding" ADD CONSTRAINT "AuditFinding_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FindingFollowUp" ADD CONSTRAINT "FindingFollowUp_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "AuditFinding"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FindingFollowUp" ADD CONSTRAINT "FindingFollowUp_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonevQuestion" ADD CONSTRAINT "MonevQuestion_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "MonevIndicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonevAnswer" ADD CONSTRAINT "MonevAnswer_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "MonevAssessment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonevAnswer" ADD CONSTRAINT "MonevAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "MonevQuestion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingParticipant" ADD CONSTRAINT "TrainingParticipant_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "TrainingEvent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingParticipant" ADD CONSTRAINT "TrainingParticipant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuideVersion" ADD CONSTRAINT "GuideVersion_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "GuideDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuideAcknowledgement" ADD CONSTRAINT "GuideAcknowledgement_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "GuideVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuideAcknowledgement" ADD CONSTRAINT "GuideAcknowledgement_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Issue 6: a submitted internal audit is immutable; corrections are a new revision (a new row).
-- The service refuses first with a clear message; these triggers make the rule hold for any writer.
CREATE OR REPLACE FUNCTION internal_audit_lock() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD."status" = 'SUBMITTED' THEN
      RAISE EXCEPTION 'Audit internal yang sudah dikirim terkunci (audit %).', OLD."id" USING ERRCODE = 'check_violation';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD."status" = 'SUBMITTED' THEN
    RAISE EXCEPTION 'Audit internal yang sudah dikirim terkunci (audit %).', OLD."id" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER internal_audit_lock
  BEFORE UPDATE OR DELETE ON "InternalAudit"
  FOR EACH ROW EXECUTE FUNCTION internal_audit_lock();

CREATE OR REPLACE FUNCTION audit_item_score_lock() RETURNS trigger AS $$
DECLARE
  audit_status TEXT;
BEGIN
  SELECT "status"::text INTO audit_status FROM "InternalAudit"
    WHERE "id" = (CASE WHEN TG_OP = 'DELETE' THEN OLD."auditId" ELSE NEW."auditId" END);
  IF audit_status = 'SUBMITTED' THEN
    RAISE EXCEPTION 'Nilai audit internal yang sudah dikirim terkunci.' USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'UPDATE' AND OLD."auditId" <> NEW."auditId" THEN
    SELECT "status"::text INTO audit_status FROM "InternalAudit" WHERE "id" = OLD."auditId";
    IF audit_status = 'SUBMITTED' THEN
      RAISE EXCEPTION 'Nilai audit internal yang sudah dikirim terkunci.' USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_item_score_lock
  BEFORE INSERT OR UPDATE OR DELETE ON "AuditItemScore"
  FOR EACH ROW EXECUTE FUNCTION audit_item_score_lock();
