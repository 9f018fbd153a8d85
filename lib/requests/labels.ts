import type {
  ApplicantType,
  CopyDelivery,
  InformationForm,
  ObtainMethod,
  RequestChannel,
  RequestOutcome,
  RequestStatus,
} from "@/lib/generated/prisma/enums";

// User-facing Bahasa Indonesia labels for every request enum (one place, used by forms, pages and CSV).
export const APPLICANT_TYPE_LABELS: Record<ApplicantType, string> = {
  PERORANGAN: "Perorangan",
  BADAN_HUKUM: "Badan hukum",
  KELOMPOK: "Kelompok orang",
};

export const CHANNEL_LABELS: Record<RequestChannel, string> = {
  PORTAL: "Portal daring",
  EMAIL: "Surel",
  SURAT: "Surat",
  DATANG_LANGSUNG: "Datang langsung",
  TELEPON: "Telepon",
};

export const OBTAIN_METHOD_LABELS: Record<ObtainMethod, string> = {
  MELIHAT_MEMBACA: "Melihat / membaca",
  MENDENGARKAN: "Mendengarkan",
  MENCATAT: "Mencatat",
  SALINAN_SOFTCOPY: "Mendapatkan salinan softcopy",
  SALINAN_HARDCOPY: "Mendapatkan salinan hardcopy",
};

export const COPY_DELIVERY_LABELS: Record<CopyDelivery, string> = {
  AMBIL_LANGSUNG: "Mengambil langsung",
  KURIR: "Kurir",
  POS: "Pos",
  EMAIL: "Surel (e-mail)",
};

export const STATUS_LABELS: Record<RequestStatus, string> = {
  DITERIMA: "Diterima",
  DIPROSES: "Sedang diproses",
  MENUNGGU_KLARIFIKASI: "Menunggu klarifikasi pemohon",
  DIPUTUSKAN: "Sudah diputuskan",
  SELESAI: "Selesai",
};

export const OUTCOME_LABELS: Record<RequestOutcome, string> = {
  DIKABULKAN_SELURUHNYA: "Dikabulkan seluruhnya",
  DIKABULKAN_SEBAGIAN: "Dikabulkan sebagian",
  DITOLAK_DIKECUALIKAN: "Ditolak (informasi dikecualikan)",
  TIDAK_DIKUASAI: "Informasi tidak dikuasai badan publik ini",
  BELUM_DIDOKUMENTASIKAN: "Informasi belum dikuasai / belum didokumentasikan",
};

export const INFORMATION_FORM_LABELS: Record<InformationForm, string> = {
  SOFTCOPY: "Softcopy",
  HARDCOPY: "Hardcopy",
};

/** UU KIP Pasal 17 letters a–j. */
export const EXEMPTION_ARTICLES = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"] as const;
