-- CreateEnum
CREATE TYPE "LetterKind" AS ENUM ('PEMBERITAHUAN_TERTULIS', 'PERPANJANGAN', 'KLARIFIKASI', 'TANGGAPAN_KEBERATAN');

-- CreateTable
CREATE TABLE "LetterDocument" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "sequence" INTEGER NOT NULL,
    "kind" "LetterKind" NOT NULL,
    "requestId" TEXT NOT NULL,
    "objectionId" TEXT,
    "html" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "issuedById" TEXT,

    CONSTRAINT "LetterDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LetterDocument_number_key" ON "LetterDocument"("number");

-- CreateIndex
CREATE INDEX "LetterDocument_requestId_issuedAt_idx" ON "LetterDocument"("requestId", "issuedAt");

-- CreateIndex
CREATE UNIQUE INDEX "LetterDocument_year_sequence_key" ON "LetterDocument"("year", "sequence");

-- AddForeignKey
ALTER TABLE "LetterDocument" ADD CONSTRAINT "LetterDocument_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "InformationRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
