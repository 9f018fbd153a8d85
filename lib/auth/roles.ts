import type { Role } from "@/lib/generated/prisma/enums";

export type { Role };

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "Administrator",
  PPID: "PPID Pelaksana",
  PETUGAS: "Petugas Pelayanan Informasi",
  ATASAN: "Atasan PPID",
  AUDITOR: "Auditor Internal",
  PIMPINAN: "Pimpinan (Kepala Dinas)",
};

export const ALL_ROLES = Object.keys(ROLE_LABELS) as Role[];

// Who may do what. Every server action and data function names one of these groups.
export const CAN = {
  readRequests: ["ADMIN", "PPID", "PETUGAS", "ATASAN", "AUDITOR", "PIMPINAN"],
  registerRequest: ["ADMIN", "PPID", "PETUGAS"],
  processRequest: ["ADMIN", "PPID", "PETUGAS"],
  assignRequest: ["ADMIN", "PPID"],
  extendRequest: ["ADMIN", "PPID"],
  decideRequest: ["ADMIN", "PPID"],
  exportRegister: ["ADMIN", "PPID", "AUDITOR", "PIMPINAN"],
  manageUsers: ["ADMIN"],
  manageHolidays: ["ADMIN"],
  manageSettings: ["ADMIN"],
  readAuditLog: ["ADMIN", "AUDITOR"],
  readCatalogue: ["ADMIN", "PPID", "PETUGAS", "ATASAN", "AUDITOR", "PIMPINAN"], // issue 4
  manageCatalogue: ["ADMIN", "PPID"], // issue 4
  // issue 3: keberatan and pengaduan
  readObjections: ["ADMIN", "PPID", "PETUGAS", "ATASAN", "AUDITOR", "PIMPINAN"],
  registerObjection: ["ADMIN", "PPID", "PETUGAS"],
  acceptLateObjection: ["ADMIN", "PPID", "ATASAN"],
  decideObjection: ["ATASAN"],
  settleObjection: ["ADMIN", "PPID", "ATASAN"], // musyawarah for grounds b–g
  carryOutObjection: ["ADMIN", "PPID"],
  followUpObjection: ["ADMIN", "PPID", "PETUGAS"],
  readComplaints: ["ADMIN", "PPID", "PETUGAS", "ATASAN", "AUDITOR", "PIMPINAN"],
  handleComplaint: ["ADMIN", "PPID", "PETUGAS"],
  issueLetter: ["ADMIN", "PPID", "PETUGAS", "ATASAN"],
  readOutbox: ["ADMIN", "PPID"],
  // issue 6: Pengawasan dan Pembinaan
  readOversight: ["ADMIN", "PPID", "PETUGAS", "ATASAN", "AUDITOR", "PIMPINAN"],
  scoreAudit: ["ADMIN", "AUDITOR"],
  manageAuditInstruments: ["ADMIN", "AUDITOR"],
  followUpFinding: ["ADMIN", "PPID", "PETUGAS", "ATASAN", "AUDITOR", "PIMPINAN"],
  completeMonev: ["ADMIN", "PPID"],
  manageTraining: ["ADMIN", "PPID"],
  manageGuides: ["ADMIN", "PPID"],
  acknowledgeGuide: ["ADMIN", "PPID", "PETUGAS", "ATASAN", "AUDITOR", "PIMPINAN"],
  // issue 5: evaluation reports, SKM follow-up, kendala and recommendations
  readReports: ["ADMIN", "PPID", "AUDITOR", "PIMPINAN"],
  manageEvaluation: ["ADMIN", "PPID"],
  // issue 5: officer rubric. Readers are the readReports roles plus the Atasan PPID, who assesses
  // the PPID; who assesses whom is decided in lib/evaluation/assessor-rules.ts.
  readOfficerAssessments: ["ADMIN", "PPID", "ATASAN", "AUDITOR", "PIMPINAN"],
  assessOfficer: ["ADMIN", "PPID", "ATASAN"],
  manageAssessmentCriteria: ["ADMIN", "PPID"],
  manageReportProfile: ["ADMIN", "PPID"], // annual report profile: kebijakan, sarana prasarana, SDM, anggaran
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof CAN;

export function hasPermission(role: Role, permission: Permission): boolean {
  return (CAN[permission] as readonly Role[]).includes(role);
}
