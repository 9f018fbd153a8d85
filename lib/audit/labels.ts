// Bahasa names for audit actions and entity types; unknown codes are shown as they are.
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  CREATE_USER: "Akun dibuat",
  ADD_SURVEY_FOLLOW_UP: "Rencana tindak lanjut SKM ditambahkan", // issue 5
  ADD_EVALUATION_NOTE: "Kendala/rekomendasi dicatat", // issue 5
  UPDATE_SURVEY_SETTINGS: "Masa berlaku tautan survei diubah",
  OFFICER_ASSESSMENT_SAVED: "Draf penilaian kinerja petugas disimpan", // issue 5: rubric
  OFFICER_ASSESSMENT_FINALIZED: "Penilaian kinerja petugas difinalkan (dikunci)",
  OFFICER_ASSESSMENT_REVISED: "Revisi penilaian kinerja petugas dibuat",
  ASSESSMENT_CRITERION_CREATED: "Kriteria penilaian kinerja ditambahkan",
  ASSESSMENT_CRITERION_UPDATED: "Kriteria penilaian kinerja diubah",
  ASSESSMENT_CRITERION_DELETED: "Kriteria penilaian kinerja dihapus",
  UPDATE_ANNUAL_REPORT_PROFILE: "Profil laporan tahunan disimpan", // issue 5
  UPDATE_REPORT_SIGNATORY: "Penanda tangan laporan diubah", // issue 5
  CHANGE_USER_ROLE: "Peran akun diubah",
  DEACTIVATE_USER: "Akun dinonaktifkan",
  REACTIVATE_USER: "Akun diaktifkan kembali",
  RESET_USER_PASSWORD: "Kata sandi diganti",
  CREATE_HOLIDAY: "Hari libur ditambahkan",
  UPDATE_HOLIDAY: "Hari libur diubah",
  DELETE_HOLIDAY: "Hari libur dihapus",
  MARK_HOLIDAY_YEAR_COMPLETE: "Tahun hari libur ditandai lengkap",
  MARK_HOLIDAY_YEAR_INCOMPLETE: "Tahun hari libur ditandai belum lengkap",
  IMPORT_HOLIDAYS: "Impor data hari libur",
  UPDATE_CLOCK_SETTINGS: "Pengaturan tenggat diubah",
  UPDATE_AGENCY_PROFILE: "Profil instansi diubah",
  UPDATE_LETTERHEAD: "Kop surat diubah",
  SEED_DEMO_DATA: "Data demo dimuat",
  "request.register": "Permohonan luring dicatat",
  "request.assign": "Permohonan ditugaskan",
  "request.pause": "Klarifikasi diminta (tenggat dijeda)",
  "request.resume": "Jawaban klarifikasi dicatat (tenggat berjalan lagi)",
  "request.extend": "Jangka waktu diperpanjang",
  "request.decide": "Permohonan diputuskan",
  "request.deliver": "Penyerahan informasi dicatat",
  "request.close": "Permohonan ditutup",
  "register.export": "Register permohonan diekspor (CSV)",
  // issue 3: keberatan, pengaduan, surat
  "objection.register": "Keberatan dicatat",
  "objection.acceptLate": "Keberatan terlambat diterima",
  "objection.decide": "Keberatan ditanggapi Atasan PPID",
  "objection.settle": "Keberatan diselesaikan secara musyawarah",
  "objection.carryOut": "Tanggapan Atasan PPID dilaksanakan",
  "objection.reaction": "Tanggapan pemohon atas keberatan dicatat",
  "objection.dispute": "Data sengketa Komisi Informasi dicatat",
  "objectionRegister.export": "Register keberatan diekspor (CSV)",
  "complaint.triage": "Pengaduan ditelaah",
  "complaint.assign": "Pengaduan ditugaskan",
  "complaint.respond": "Pengaduan ditanggapi",
  "complaint.resolve": "Pengaduan diselesaikan",
  "letter.issue": "Surat diterbitkan",
  DIP_ITEM_CREATED: "Informasi publik (DIP) dibuat", // issue 4
  DIP_ITEM_UPDATED: "Informasi publik (DIP) diperbarui",
  DIP_ITEM_VERIFIED: "Verifikasi informasi publik dicatat",
  DIP_ITEM_WITHDRAWN: "Informasi publik ditarik dari portal",
  DIP_ITEM_FILE_REMOVED: "Berkas informasi publik dihapus",
  DIP_ITEM_RESTORED: "Informasi publik ditampilkan kembali",
  DIP_LINK_CHECKED: "Tautan informasi publik diperiksa",
  DIP_MANDATORY_CREATED: "Jenis informasi wajib ditambahkan",
  DIP_MANDATORY_UPDATED: "Jenis informasi wajib diubah",
  UPDATE_CATALOGUE_SETTINGS: "Pengaturan pemantauan DIP diubah",
  // issue 6: Pengawasan dan Pembinaan
  INTERNAL_AUDIT_CREATE: "Audit internal dimulai",
  INTERNAL_AUDIT_SCORE: "Butir audit internal dinilai",
  INTERNAL_AUDIT_SUBMIT: "Audit internal dikirim (dikunci)",
  INTERNAL_AUDIT_REVISE: "Revisi audit internal dibuat",
  AUDIT_FINDING_RAISE: "Temuan audit dicatat",
  AUDIT_FINDING_FOLLOW_UP: "Tindak lanjut temuan dicatat",
  AUDIT_FINDING_CLOSE: "Temuan audit ditutup",
  MONEV_SAVE: "Jawaban Monev disimpan",
  MONEV_COMPLETE: "Penilaian mandiri Monev diselesaikan",
  MONEV_VISIT_SCORE: "Nilai visitasi Monev dicatat",
  MONEV_SETUP_YEAR: "Indikator Monev tahunan ditetapkan",
  GUIDE_PUBLISH_VERSION: "Versi baru SOP/pedoman diterbitkan",
  GUIDE_ACKNOWLEDGE: "Konfirmasi membaca SOP/pedoman",
  TRAINING_CREATE: "Pelatihan dicatat",
  TRAINING_PARTICIPANT: "Peserta/sertifikat pelatihan dicatat",
  TRAINING_COMPETENCY: "Kompetensi wajib peran ditambahkan",
  TRAINING_UPDATE: "Data pelatihan diubah",
  AUDIT_INSTRUMENT_COPIED: "Instrumen audit disalin sebagai versi baru",
  AUDIT_INSTRUMENT_ITEM_UPDATED: "Butir instrumen audit diubah",
  AUDIT_INSTRUMENT_ITEM_ADDED: "Butir instrumen audit ditambahkan",
  AUDIT_INSTRUMENT_ITEM_REMOVED: "Butir instrumen audit dihapus",
  AUDIT_INSTRUMENT_ACTIVATED: "Instrumen audit diaktifkan",
  MONEV_QUESTION_ADDED: "Pertanyaan Monev ditambahkan",
  MONEV_QUESTION_UPDATED: "Pertanyaan Monev diubah",
  MONEV_QUESTION_REMOVED: "Pertanyaan Monev dihapus",
  TRAINING_PARTICIPANT_REMOVED: "Peserta pelatihan dihapus",
  TRAINING_COMPETENCY_REMOVED: "Kompetensi wajib peran dihapus",
};

export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  System: "Sistem",
  User: "Akun pengguna",
  Holiday: "Hari libur",
  HolidayYear: "Tahun data hari libur",
  Setting: "Pengaturan",
  InformationRequest: "Permohonan informasi",
  DipItem: "Informasi publik (DIP)", // issue 4
  DipMandatoryKind: "Jenis informasi wajib",
  InternalAudit: "Audit internal",
  AuditFinding: "Temuan audit",
  MonevAssessment: "Penilaian mandiri Monev",
  GuideDocument: "SOP / pedoman",
  TrainingEvent: "Pelatihan",
  RoleCompetency: "Kompetensi wajib peran",
  Objection: "Keberatan",
  Complaint: "Pengaduan",
  LetterDocument: "Surat",
  OfficerAssessment: "Penilaian kinerja petugas", // issue 5: rubric
  AssessmentCriterion: "Kriteria penilaian kinerja",
  AnnualReportProfile: "Profil laporan tahunan", // issue 5
};

// Settings are one entity type keyed by name: show the setting's own name instead of "Pengaturan clock".
export const SETTING_KEY_LABELS: Record<string, string> = {
  clock: "Pengaturan tenggat",
  agency: "Profil instansi",
  letterhead: "Kop surat",
  uploads: "Pengaturan unggahan berkas",
  catalogue: "Pengaturan pemantauan DIP",
  "report.signatory": "Penanda tangan laporan",
};

export const auditActionLabel = (action: string) => AUDIT_ACTION_LABELS[action] ?? action;
export const auditEntityLabel = (entityType: string) => AUDIT_ENTITY_LABELS[entityType] ?? entityType;

/** What an audit entry is about: the entity's label and, where it helps, its identifier. */
export function auditSubject(entityType: string, entityId: string | null): { label: string; id: string | null } {
  if (entityType === "Setting" && entityId && entityId in SETTING_KEY_LABELS) return { label: SETTING_KEY_LABELS[entityId], id: null };
  return { label: auditEntityLabel(entityType), id: entityId };
}
