import type { DisputeStage, ObjectionDecision, ObjectionGround, ObjectionStatus } from "@/lib/generated/prisma/enums";

// UU KIP Pasal 35(1) a–g, as printed on the objection form.
export const GROUND_LABELS: Record<ObjectionGround, string> = {
  A_DITOLAK_DIKECUALIKAN: "a. Penolakan permohonan informasi berdasarkan alasan pengecualian (Pasal 17)",
  B_INFORMASI_BERKALA_TIDAK_DISEDIAKAN: "b. Tidak disediakannya informasi berkala (Pasal 9)",
  C_TIDAK_DITANGGAPI: "c. Tidak ditanggapinya permohonan informasi",
  D_TIDAK_SESUAI_PERMINTAAN: "d. Permohonan ditanggapi tidak sebagaimana yang diminta",
  E_TIDAK_DIPENUHI: "e. Tidak dipenuhinya permohonan informasi",
  F_BIAYA_TIDAK_WAJAR: "f. Pengenaan biaya yang tidak wajar",
  G_MELEBIHI_WAKTU: "g. Penyampaian informasi melebihi waktu yang diatur",
};

export const GROUND_LETTERS: Record<ObjectionGround, string> = {
  A_DITOLAK_DIKECUALIKAN: "a", B_INFORMASI_BERKALA_TIDAK_DISEDIAKAN: "b", C_TIDAK_DITANGGAPI: "c",
  D_TIDAK_SESUAI_PERMINTAAN: "d", E_TIDAK_DIPENUHI: "e", F_BIAYA_TIDAK_WAJAR: "f", G_MELEBIHI_WAKTU: "g",
};

export const OBJECTION_STATUS_LABELS: Record<ObjectionStatus, string> = {
  DIAJUKAN: "Menunggu tanggapan Atasan PPID",
  DIPUTUSKAN: "Sudah ditanggapi Atasan PPID",
  DILAKSANAKAN: "Putusan sudah dilaksanakan PPID",
  DISELESAIKAN_MUSYAWARAH: "Diselesaikan secara musyawarah",
};

/** Grounds that may be settled amicably (UU KIP Pasal 35(1) b–g); ground a always needs the Atasan's written answer. */
export const canSettleAmicably = (grounds: readonly ObjectionGround[]) => grounds.length > 0 && !grounds.includes("A_DITOLAK_DIKECUALIKAN");

export const DECISION_LABELS: Record<ObjectionDecision, string> = {
  MENGUATKAN: "Menguatkan keputusan PPID",
  MEMBATALKAN: "Membatalkan keputusan PPID",
};

export const DISPUTE_STAGE_LABELS: Record<DisputeStage, string> = {
  DIDAFTARKAN: "Didaftarkan di Komisi Informasi Provinsi",
  MEDIASI: "Mediasi",
  AJUDIKASI: "Ajudikasi non-litigasi",
  PUTUSAN: "Putusan Komisi Informasi",
};

export const GROUND_VALUES = Object.keys(GROUND_LABELS) as ObjectionGround[];
