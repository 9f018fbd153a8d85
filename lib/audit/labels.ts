// Bahasa names for audit actions and entity types; unknown codes are shown as they are.
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  CREATE_USER: "Akun dibuat",
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
  "request.register": "Permohonan luring dicatat",
  "request.assign": "Permohonan ditugaskan",
  "request.pause": "Klarifikasi diminta (tenggat dijeda)",
  "request.resume": "Jawaban klarifikasi dicatat (tenggat berjalan lagi)",
  "request.extend": "Jangka waktu diperpanjang",
  "request.decide": "Permohonan diputuskan",
  "request.deliver": "Penyerahan informasi dicatat",
  "request.close": "Permohonan ditutup",
  "register.export": "Register permohonan diekspor (CSV)",
};

export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  User: "Akun pengguna",
  Holiday: "Hari libur",
  HolidayYear: "Tahun data hari libur",
  Setting: "Pengaturan",
  InformationRequest: "Permohonan informasi",
};

export const auditActionLabel = (action: string) => AUDIT_ACTION_LABELS[action] ?? action;
export const auditEntityLabel = (entityType: string) => AUDIT_ENTITY_LABELS[entityType] ?? entityType;
