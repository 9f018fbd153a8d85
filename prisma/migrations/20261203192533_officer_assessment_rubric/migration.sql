-- CreateEnum
CREATE TYPE "OfficerAssessmentStatus" AS ENUM ('DRAFT', 'FINAL');

-- CreateTable
CREATE TABLE "AssessmentCriterion" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "weight" INTEGER NOT NULL,
    "levels" JSONB NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AssessmentCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficerAssessment" (
    "id" TEXT NOT NULL,
    "officerId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "revisionOfId" TEXT,
    "revisionReason" TEXT,
    "status" "OfficerAssessmentStatus" NOT NULL DEFAULT 'DRAFT',
    "assessorId" TEXT NOT NULL,
    "strengths" TEXT,
    "improvements" TEXT,
    "totalScore" DOUBLE PRECISION,
    "category" TEXT,
    "finalizedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OfficerAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficerAssessmentScore" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "criterionCode" TEXT NOT NULL,
    "criterionName" TEXT NOT NULL,
    "weight" INTEGER NOT NULL,
    "levels" JSONB NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "score" INTEGER,
    "note" TEXT,

    CONSTRAINT "OfficerAssessmentScore_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentCriterion_code_key" ON "AssessmentCriterion"("code");

-- CreateIndex
CREATE INDEX "OfficerAssessment_period_idx" ON "OfficerAssessment"("period");

-- CreateIndex
CREATE UNIQUE INDEX "OfficerAssessment_officerId_period_revision_key" ON "OfficerAssessment"("officerId", "period", "revision");

-- CreateIndex
CREATE UNIQUE INDEX "OfficerAssessmentScore_assessmentId_criterionId_key" ON "OfficerAssessmentScore"("assessmentId", "criterionId");

-- AddForeignKey
ALTER TABLE "OfficerAssessment" ADD CONSTRAINT "OfficerAssessment_officerId_fkey" FOREIGN KEY ("officerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficerAssessment" ADD CONSTRAINT "OfficerAssessment_assessorId_fkey" FOREIGN KEY ("assessorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficerAssessmentScore" ADD CONSTRAINT "OfficerAssessmentScore_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "OfficerAssessment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficerAssessmentScore" ADD CONSTRAINT "OfficerAssessmentScore_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "AssessmentCriterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A final officer assessment is locked: the service refuses first with a clear message; these
-- triggers make the rule hold for any writer. A correction is a new revision (a new row).
CREATE OR REPLACE FUNCTION officer_assessment_lock() RETURNS trigger AS $$
BEGIN
  IF OLD."status" = 'FINAL' THEN
    RAISE EXCEPTION 'Penilaian kinerja yang sudah final terkunci (penilaian %).', OLD."id" USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER officer_assessment_lock
  BEFORE UPDATE OR DELETE ON "OfficerAssessment"
  FOR EACH ROW EXECUTE FUNCTION officer_assessment_lock();

CREATE OR REPLACE FUNCTION officer_assessment_score_lock() RETURNS trigger AS $$
DECLARE
  parent_status TEXT;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    SELECT "status"::text INTO parent_status FROM "OfficerAssessment" WHERE "id" = OLD."assessmentId";
    IF parent_status = 'FINAL' THEN
      RAISE EXCEPTION 'Nilai penilaian kinerja yang sudah final terkunci.' USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    SELECT "status"::text INTO parent_status FROM "OfficerAssessment" WHERE "id" = NEW."assessmentId";
    IF parent_status = 'FINAL' THEN
      RAISE EXCEPTION 'Nilai penilaian kinerja yang sudah final terkunci.' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;
  RETURN OLD;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER officer_assessment_score_lock
  BEFORE INSERT OR UPDATE OR DELETE ON "OfficerAssessmentScore"
  FOR EACH ROW EXECUTE FUNCTION officer_assessment_score_lock();

-- Default assessment criteria (reference data in every database; prisma/seed/assessment-criteria.ts).
INSERT INTO "AssessmentCriterion" ("id", "code", "name", "description", "weight", "levels", "sortOrder", "updatedAt") VALUES
  ('critdef_regulasi', 'REGULASI', 'Penguasaan regulasi KIP dan SOP', 'Memahami dan menerapkan UU 14/2008, Perki 1/2021, SOP pelayanan informasi dan daftar informasi yang dikecualikan.', 20, '["Belum memahami alur permohonan dan ketentuan dasar UU KIP; sering memerlukan arahan.","Memahami alur pokok, tetapi masih keliru pada ketentuan tenggat, perpanjangan atau pengecualian.","Menerapkan UU KIP, Perki 1/2021 dan SOP dengan benar pada permohonan yang lazim.","Menguasai regulasi dan SOP secara menyeluruh, termasuk kasus sulit (uji konsekuensi, keberatan), dan membimbing rekan kerja."]'::jsonb, 10, CURRENT_TIMESTAMP),
  ('critdef_ketepatan_waktu', 'KETEPATAN-WAKTU', 'Ketepatan waktu pemberitahuan tertulis', 'Pemberitahuan tertulis disampaikan paling lambat 10 hari kerja, atau 17 hari kerja dengan perpanjangan beralasan (UU KIP Pasal 22 ayat 7 dan 8).', 20, '["Banyak permohonan melewati tenggat tanpa pemberitahuan tertulis.","Sebagian besar tepat waktu, tetapi masih ada permohonan lewat tenggat atau diperpanjang tanpa alasan memadai.","Seluruh permohonan dijawab dalam tenggat; perpanjangan hanya dengan alasan tertulis.","Seluruh permohonan dijawab jauh sebelum tenggat dan pemohon diberi kabar perkembangan secara proaktif."]'::jsonb, 20, CURRENT_TIMESTAMP),
  ('critdef_kualitas_jawaban', 'KUALITAS-JAWABAN', 'Kualitas dan kejelasan jawaban', 'Jawaban dan pemberitahuan tertulis lengkap, akurat, mudah dipahami, dan menyebutkan dasar hukum bila permohonan ditolak.', 20, '["Jawaban sering tidak lengkap, tidak sesuai permintaan atau sulit dipahami.","Jawaban umumnya sesuai, tetapi kerap perlu diperbaiki atau dasar hukumnya kurang jelas.","Jawaban lengkap, akurat dan jelas; penolakan menyebutkan pasal dan hasil uji konsekuensi.","Jawaban teladan: ringkas, jelas, lengkap dengan rujukan, dan memudahkan pemohon menindaklanjuti."]'::jsonb, 30, CURRENT_TIMESTAMP),
  ('critdef_sikap_etika', 'SIKAP-ETIKA', 'Sikap dan etika pelayanan', 'Ramah, sopan dan adil tanpa membedakan pemohon, menjaga kerahasiaan data pribadi pemohon, sesuai maklumat pelayanan.', 15, '["Ada keluhan pemohon tentang sikap atau perlakuan yang tidak patut.","Sikap umumnya baik, tetapi belum konsisten pada semua saluran layanan.","Ramah, sopan dan adil pada setiap saluran layanan; data pribadi pemohon terjaga.","Menjadi teladan etika pelayanan; mendapat apresiasi pemohon dan menangani pemohon yang sulit dengan tenang."]'::jsonb, 40, CURRENT_TIMESTAMP),
  ('critdef_dokumentasi', 'DOKUMENTASI', 'Pengelolaan dokumentasi dan register', 'Register permohonan dan keberatan serta arsip berkas diisi lengkap, tepat waktu dan mudah ditelusuri.', 15, '["Register sering tidak diisi atau berkas tidak dapat ditemukan.","Register terisi, tetapi ada kolom kosong atau berkas yang terlambat diarsipkan.","Register lengkap dan mutakhir; berkas tersimpan rapi dan mudah ditelusuri.","Register dan arsip lengkap tanpa temuan audit; aktif memutakhirkan Daftar Informasi Publik."]'::jsonb, 50, CURRENT_TIMESTAMP),
  ('critdef_kerja_sama', 'KERJA-SAMA', 'Kerja sama dan inisiatif', 'Berkoordinasi dengan bidang pemilik informasi, membantu rekan kerja, dan mengusulkan perbaikan layanan.', 10, '["Jarang berkoordinasi; pekerjaan sering tertunda menunggu arahan.","Berkoordinasi bila diminta; inisiatif masih terbatas.","Aktif berkoordinasi dengan bidang pemilik informasi dan membantu rekan kerja.","Mengambil inisiatif memperbaiki layanan (misalnya usulan SOP atau materi DIP) dan menggerakkan rekan kerja."]'::jsonb, 60, CURRENT_TIMESTAMP)
ON CONFLICT ("code") DO NOTHING;
