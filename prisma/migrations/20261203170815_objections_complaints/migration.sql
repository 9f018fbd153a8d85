-- CreateEnum
CREATE TYPE "ObjectionGround" AS ENUM ('A_DITOLAK_DIKECUALIKAN', 'B_INFORMASI_BERKALA_TIDAK_DISEDIAKAN', 'C_TIDAK_DITANGGAPI', 'D_TIDAK_SESUAI_PERMINTAAN', 'E_TIDAK_DIPENUHI', 'F_BIAYA_TIDAK_WAJAR', 'G_MELEBIHI_WAKTU');

-- CreateEnum
CREATE TYPE "ObjectionStatus" AS ENUM ('DIAJUKAN', 'DIPUTUSKAN', 'DILAKSANAKAN');

-- CreateEnum
CREATE TYPE "ObjectionDecision" AS ENUM ('MENGUATKAN', 'MEMBATALKAN');

-- CreateEnum
CREATE TYPE "DisputeStage" AS ENUM ('DIDAFTARKAN', 'MEDIASI', 'AJUDIKASI', 'PUTUSAN');

-- CreateEnum
CREATE TYPE "ComplaintCategory" AS ENUM ('JAWABAN_TERLAMBAT', 'PETUGAS_TIDAK_MEMBANTU', 'INFORMASI_TIDAK_AKURAT', 'BIAYA', 'MASALAH_PORTAL', 'LAINNYA');

-- CreateEnum
CREATE TYPE "ComplaintStatus" AS ENUM ('BARU', 'DITELAAH', 'DITANGGAPI', 'SELESAI');

-- CreateTable
CREATE TABLE "Objection" (
    "id" TEXT NOT NULL,
    "registrationNumber" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "sequence" INTEGER NOT NULL,
    "requestId" TEXT NOT NULL,
    "channel" "RequestChannel" NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "grounds" "ObjectionGround"[],
    "reasons" TEXT NOT NULL,
    "viaProxy" BOOLEAN NOT NULL DEFAULT false,
    "proxyName" TEXT,
    "proxyFileId" TEXT,
    "groundArose" DATE NOT NULL,
    "filingDueDate" DATE NOT NULL,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "lateAcceptedAt" TIMESTAMP(3),
    "lateAcceptedById" TEXT,
    "lateAcceptanceNote" TEXT,
    "answerDueDate" DATE NOT NULL,
    "holidayDataWarning" TEXT,
    "status" "ObjectionStatus" NOT NULL DEFAULT 'DIAJUKAN',
    "decision" "ObjectionDecision",
    "decisionReasons" TEXT,
    "orderedAction" TEXT,
    "decidedAt" TIMESTAMP(3),
    "answerDate" DATE,
    "decidedById" TEXT,
    "atasanName" TEXT,
    "atasanPosition" TEXT,
    "carriedOutAt" TIMESTAMP(3),
    "carriedOutById" TEXT,
    "carriedOutNote" TEXT,
    "requesterReaction" TEXT,
    "reactionAt" TIMESTAMP(3),
    "disputeFiledDate" DATE,
    "disputeDueDate" DATE,
    "disputeStage" "DisputeStage",
    "disputeResult" TEXT,
    "disputeUpdatedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Objection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Complaint" (
    "id" TEXT NOT NULL,
    "registrationNumber" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "sequence" INTEGER NOT NULL,
    "trackingCode" TEXT NOT NULL,
    "category" "ComplaintCategory" NOT NULL,
    "description" TEXT NOT NULL,
    "requestId" TEXT,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "contactName" TEXT,
    "contactEmail" TEXT,
    "contactPhone" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "status" "ComplaintStatus" NOT NULL DEFAULT 'BARU',
    "triagedAt" TIMESTAMP(3),
    "triageNote" TEXT,
    "assignedToId" TEXT,
    "assignedAt" TIMESTAMP(3),
    "response" TEXT,
    "respondedAt" TIMESTAMP(3),
    "resolvedAt" TIMESTAMP(3),
    "resolutionNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Complaint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplaintAttachment" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,

    CONSTRAINT "ComplaintAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Objection_registrationNumber_key" ON "Objection"("registrationNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Objection_proxyFileId_key" ON "Objection"("proxyFileId");

-- CreateIndex
CREATE INDEX "Objection_status_answerDueDate_idx" ON "Objection"("status", "answerDueDate");

-- CreateIndex
CREATE INDEX "Objection_requestId_idx" ON "Objection"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "Objection_year_sequence_key" ON "Objection"("year", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_registrationNumber_key" ON "Complaint"("registrationNumber");

-- CreateIndex
CREATE INDEX "Complaint_status_receivedAt_idx" ON "Complaint"("status", "receivedAt");

-- CreateIndex
CREATE INDEX "Complaint_category_receivedAt_idx" ON "Complaint"("category", "receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_year_sequence_key" ON "Complaint"("year", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "ComplaintAttachment_fileId_key" ON "ComplaintAttachment"("fileId");

-- CreateIndex
CREATE INDEX "ComplaintAttachment_complaintId_idx" ON "ComplaintAttachment"("complaintId");

-- AddForeignKey
ALTER TABLE "Objection" ADD CONSTRAINT "Objection_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "InformationRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objection" ADD CONSTRAINT "Objection_proxyFileId_fkey" FOREIGN KEY ("proxyFileId") REFERENCES "UploadedFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "InformationRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplaintAttachment" ADD CONSTRAINT "ComplaintAttachment_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplaintAttachment" ADD CONSTRAINT "ComplaintAttachment_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "UploadedFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
