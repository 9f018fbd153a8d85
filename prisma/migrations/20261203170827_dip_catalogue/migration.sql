-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "unaccent";

-- CreateEnum
CREATE TYPE "DipCategory" AS ENUM ('BERKALA', 'SERTA_MERTA', 'SETIAP_SAAT', 'DIKECUALIKAN');

-- CreateTable
CREATE TABLE "DipMandatoryKind" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "category" "DipCategory" NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DipMandatoryKind_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DipItem" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "category" "DipCategory" NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "tags" TEXT[],
    "unit" TEXT NOT NULL,
    "responsibleOfficial" TEXT NOT NULL,
    "madeWhen" TEXT,
    "madeWhere" TEXT,
    "formats" TEXT[],
    "retentionPeriod" TEXT NOT NULL,
    "linkUrl" TEXT,
    "linkCheckedAt" TIMESTAMP(3),
    "linkOk" BOOLEAN,
    "mandatoryKindId" TEXT,
    "publishedAt" TIMESTAMP(3),
    "withdrawnAt" TIMESTAMP(3),
    "lastUpdatedAt" TIMESTAMP(3) NOT NULL,
    "updateCycleMonths" INTEGER NOT NULL,
    "lastVerifiedAt" TIMESTAMP(3),
    "exemptLetter" TEXT,
    "exemptLegalBasis" TEXT,
    "exemptConsequence" TEXT,
    "exemptUntil" DATE,
    "exemptDecisionNumber" TEXT,
    "exemptDecisionDate" DATE,
    "searchVector" tsvector,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DipItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DipItemFile" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DipItemFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DipVerification" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "contentCurrent" BOOLEAN NOT NULL,
    "figuresMatch" BOOLEAN NOT NULL,
    "accessWorks" BOOLEAN NOT NULL,
    "formatAccessible" BOOLEAN NOT NULL,
    "passed" BOOLEAN NOT NULL,
    "notes" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DipVerification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DipMandatoryKind_code_key" ON "DipMandatoryKind"("code");

-- CreateIndex
CREATE UNIQUE INDEX "DipItem_slug_key" ON "DipItem"("slug");

-- CreateIndex
CREATE INDEX "DipItem_category_publishedAt_idx" ON "DipItem"("category", "publishedAt");

-- CreateIndex
CREATE INDEX "DipItem_searchVector_idx" ON "DipItem" USING GIN ("searchVector");

-- CreateIndex
CREATE UNIQUE INDEX "DipItemFile_fileId_key" ON "DipItemFile"("fileId");

-- CreateIndex
CREATE INDEX "DipItemFile_itemId_idx" ON "DipItemFile"("itemId");

-- CreateIndex
CREATE INDEX "DipVerification_itemId_at_idx" ON "DipVerification"("itemId", "at");

-- AddForeignKey
ALTER TABLE "DipItem" ADD CONSTRAINT "DipItem_mandatoryKindId_fkey" FOREIGN KEY ("mandatoryKindId") REFERENCES "DipMandatoryKind"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DipItemFile" ADD CONSTRAINT "DipItemFile_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "DipItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DipItemFile" ADD CONSTRAINT "DipItemFile_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "UploadedFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DipVerification" ADD CONSTRAINT "DipVerification_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "DipItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DipVerification" ADD CONSTRAINT "DipVerification_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Issue 4: full-text search vector, case- and accent-insensitive ('simple' config + unaccent,
-- since PostgreSQL has no Indonesian configuration). A trigger, because unaccent() is not immutable
-- and so cannot feed a generated column.
CREATE OR REPLACE FUNCTION dip_item_search_vector() RETURNS trigger AS $$
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector('simple', unaccent(coalesce(NEW."title", ''))), 'A') ||
    setweight(to_tsvector('simple', unaccent(array_to_string(coalesce(NEW."tags", ARRAY[]::text[]), ' '))), 'B') ||
    setweight(to_tsvector('simple', unaccent(coalesce(NEW."summary", ''))), 'C');
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "DipItem_searchVector_trigger"
  BEFORE INSERT OR UPDATE OF "title", "summary", "tags" ON "DipItem"
  FOR EACH ROW EXECUTE FUNCTION dip_item_search_vector();

-- Issue 4: default mandatory list (UU KIP Pasal 9 and Pasal 11); staff may edit it (prisma/seed/dip-mandatory.ts).
INSERT INTO "DipMandatoryKind" ("id", "code", "category", "legalBasis", "title", "sortOrder", "updatedAt") VALUES
  ('dipkind_b_profil', 'B-PROFIL', 'BERKALA', 'UU KIP Pasal 9 ayat (2) huruf a', 'Profil badan publik (kedudukan, tugas, fungsi, struktur, pejabat)', 10, CURRENT_TIMESTAMP),
  ('dipkind_b_program', 'B-PROGRAM', 'BERKALA', 'UU KIP Pasal 9 ayat (2) huruf b', 'Ringkasan program dan kegiatan yang sedang dijalankan', 20, CURRENT_TIMESTAMP),
  ('dipkind_b_kinerja', 'B-KINERJA', 'BERKALA', 'UU KIP Pasal 9 ayat (2) huruf b', 'Ringkasan informasi kinerja (LKjIP)', 30, CURRENT_TIMESTAMP),
  ('dipkind_b_keuangan', 'B-KEUANGAN', 'BERKALA', 'UU KIP Pasal 9 ayat (2) huruf c', 'Ringkasan laporan keuangan', 40, CURRENT_TIMESTAMP),
  ('dipkind_b_akses', 'B-AKSES', 'BERKALA', 'UU KIP Pasal 9 ayat (2) huruf d', 'Ringkasan laporan akses informasi publik', 50, CURRENT_TIMESTAMP),
  ('dipkind_b_regulasi', 'B-REGULASI', 'BERKALA', 'UU KIP Pasal 9 ayat (2) huruf d', 'Peraturan, keputusan dan kebijakan yang mengikat publik', 60, CURRENT_TIMESTAMP),
  ('dipkind_b_prosedur', 'B-PROSEDUR', 'BERKALA', 'UU KIP Pasal 9; Perki 1/2021', 'Prosedur permohonan informasi, keberatan dan sengketa', 70, CURRENT_TIMESTAMP),
  ('dipkind_b_pengadaan', 'B-PENGADAAN', 'BERKALA', 'UU KIP Pasal 9; Perki 1/2021', 'Informasi pengadaan barang dan jasa', 80, CURRENT_TIMESTAMP),
  ('dipkind_b_peringatan', 'B-PERINGATAN', 'BERKALA', 'UU KIP Pasal 9; Perki 1/2021', 'Prosedur peringatan dini dan evakuasi keadaan darurat', 90, CURRENT_TIMESTAMP),
  ('dipkind_s_dip', 'S-DIP', 'SETIAP_SAAT', 'UU KIP Pasal 11 ayat (1) huruf a', 'Daftar Informasi Publik', 100, CURRENT_TIMESTAMP),
  ('dipkind_s_keputusan', 'S-KEPUTUSAN', 'SETIAP_SAAT', 'UU KIP Pasal 11 ayat (1) huruf b', 'Keputusan badan publik dan pertimbangannya', 110, CURRENT_TIMESTAMP),
  ('dipkind_s_kebijakan', 'S-KEBIJAKAN', 'SETIAP_SAAT', 'UU KIP Pasal 11 ayat (1) huruf c', 'Kebijakan dan dokumen pendukungnya', 120, CURRENT_TIMESTAMP),
  ('dipkind_s_rencana', 'S-RENCANA', 'SETIAP_SAAT', 'UU KIP Pasal 11 ayat (1) huruf d', 'Rencana kerja dan perkiraan pengeluaran tahunan (Renstra, Renja, DPA)', 130, CURRENT_TIMESTAMP),
  ('dipkind_s_perjanjian', 'S-PERJANJIAN', 'SETIAP_SAAT', 'UU KIP Pasal 11 ayat (1) huruf e', 'Perjanjian badan publik dengan pihak ketiga', 140, CURRENT_TIMESTAMP),
  ('dipkind_s_sop', 'S-SOP', 'SETIAP_SAAT', 'UU KIP Pasal 11 ayat (1) huruf g', 'Prosedur kerja pegawai yang berkaitan dengan pelayanan publik (SOP)', 150, CURRENT_TIMESTAMP),
  ('dipkind_s_laporan', 'S-LAPORAN', 'SETIAP_SAAT', 'UU KIP Pasal 11 ayat (1) huruf h', 'Laporan tahunan layanan akses informasi publik', 160, CURRENT_TIMESTAMP)
ON CONFLICT ("code") DO NOTHING;
