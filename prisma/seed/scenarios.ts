/**
 * The demo register: 80 requests from January 2025 to 2 December 2026 in every state and with every
 * outcome. Written out by hand so the mix is deliberate (late decisions, extensions, clarifications,
 * overdue and nearly-due open requests); the PRNG only fills in the details.
 */
import type { CalendarDate } from "@/lib/deadlines";
import type { CopyDelivery, ObtainMethod, RequestChannel, RequestOutcome, RequestStatus } from "@/lib/generated/prisma/enums";

export type Scenario = {
  status: RequestStatus;
  outcome: RequestOutcome | null;
  /** A month ("2025-03"), a date range, or the due date an open request must show today. */
  received: { month: string } | { between: [CalendarDate, CalendarDate] } | { dueOn: CalendarDate };
  clarify?: "resumed" | "open";
  extend?: boolean;
  /** Written notice after the due date. */
  late?: boolean;
  assigned?: boolean;
  channel?: RequestChannel;
  obtain?: ObtainMethod;
  /** How the requester wants the copy (cara mendapatkan salinan). */
  delivery?: CopyDelivery;
  /** Photocopied pages (hardcopy requests). */
  pages?: number;
};

type Flags = Omit<Scenario, "status" | "outcome" | "received">;
const CODES = {
  F: "DIKABULKAN_SELURUHNYA",
  P: "DIKABULKAN_SEBAGIAN",
  R: "DITOLAK_DIKECUALIKAN",
  N: "TIDAK_DIKUASAI",
  U: "BELUM_DIDOKUMENTASIKAN",
} as const satisfies Record<string, RequestOutcome>;
type Code = keyof typeof CODES;

const received = (when: string | [CalendarDate, CalendarDate]): Scenario["received"] =>
  typeof when === "string" ? { month: when } : { between: when };
const done = (when: string | [CalendarDate, CalendarDate], code: Code, flags: Flags = {}): Scenario =>
  ({ status: "SELESAI", outcome: CODES[code], received: received(when), ...flags });
const decided = (when: string | [CalendarDate, CalendarDate], code: Code, flags: Flags = {}): Scenario =>
  ({ status: "DIPUTUSKAN", outcome: CODES[code], received: received(when), ...flags });
const open = (status: RequestStatus, when: Scenario["received"], flags: Flags = {}): Scenario =>
  ({ status, outcome: null, received: when, assigned: status !== "DITERIMA", ...flags });

const clar = { clarify: "resumed" } as const;
const ext = { extend: true } as const;
const late = { late: true } as const;

export const SCENARIOS: readonly Scenario[] = [
  // 2025
  done("2025-01", "F", { channel: "DATANG_LANGSUNG", obtain: "SALINAN_HARDCOPY", pages: 60 }), done("2025-01", "F"), done("2025-01", "N"),
  done("2025-02", "F"), done("2025-02", "P", clar), done("2025-02", "F", ext),
  done("2025-03", "F"), done("2025-03", "R"), done("2025-03", "F", { channel: "SURAT", obtain: "SALINAN_HARDCOPY", pages: 24 }),
  done("2025-04", "F", late), done("2025-04", "U"), done("2025-04", "F"),
  done("2025-05", "P", ext), done("2025-05", "F"), done("2025-05", "N"),
  done("2025-06", "F", clar), done("2025-06", "F"), done("2025-06", "R"),
  done("2025-07", "F"), done("2025-07", "N"), done("2025-07", "F", ext),
  done("2025-08", "F", { channel: "TELEPON", obtain: "MENCATAT" }), done("2025-08", "P"), done("2025-08", "U"),
  done("2025-09", "F", clar), done("2025-09", "F"), done("2025-09", "N"),
  done("2025-10", "F"), done("2025-10", "R", ext), done("2025-10", "F", { obtain: "MELIHAT_MEMBACA" }),
  done("2025-11", "P"), done("2025-11", "F", late), done("2025-11", "F"),
  done("2025-12", "F"), done("2025-12", "N"), done("2025-12", "F", clar),
  // 2026, January–November (decided)
  done("2026-01", "F", { channel: "DATANG_LANGSUNG", obtain: "SALINAN_HARDCOPY", pages: 36 }), done("2026-01", "P", clar),
  done("2026-02", "F", ext), done("2026-02", "N"),
  done("2026-03", "F"), done("2026-03", "U"), done("2026-03", "F", { channel: "EMAIL" }),
  done("2026-04", "R"), done("2026-04", "F", clar),
  done("2026-05", "F"), done("2026-05", "P", ext),
  done("2026-06", "F", { channel: "SURAT", obtain: "SALINAN_HARDCOPY", pages: 72, delivery: "POS" }), done("2026-06", "F", { ...late, ...ext }),
  done("2026-07", "N"), done("2026-07", "F"),
  done("2026-08", "F", clar), decided("2026-08", "U"),
  decided("2026-09", "P"), done("2026-09", "F"), decided("2026-09", "N"),
  decided("2026-10", "F", { obtain: "SALINAN_HARDCOPY", pages: 48 }), decided(["2026-10-12", "2026-10-16"], "R", ext),
  decided(["2026-11-02", "2026-11-05"], "F"), decided(["2026-11-02", "2026-11-04"], "P", clar),
  // Open requests (today is 2026-12-03)
  open("DITERIMA", { between: ["2026-11-28", "2026-11-28"] }, { channel: "PORTAL" }),
  open("DITERIMA", { between: ["2026-11-30", "2026-11-30"] }),
  open("DITERIMA", { between: ["2026-12-01", "2026-12-01"] }, { channel: "TELEPON", obtain: "MENDENGARKAN" }),
  open("DITERIMA", { between: ["2026-12-02", "2026-12-02"] }),
  open("DITERIMA", { between: ["2026-12-02", "2026-12-02"] }, { channel: "PORTAL" }),
  open("DIPROSES", { dueOn: "2026-11-05" }),
  open("DIPROSES", { dueOn: "2026-11-19" }, clar),
  open("DIPROSES", { dueOn: "2026-11-26" }, ext),
  open("DIPROSES", { dueOn: "2026-12-04" }),
  open("DIPROSES", { dueOn: "2026-12-07" }, ext),
  open("DIPROSES", { dueOn: "2026-12-08" }, clar),
  open("DIPROSES", { dueOn: "2026-12-11" }, ext),
  open("DIPROSES", { dueOn: "2026-12-10" }, ext),
  open("DIPROSES", { between: ["2026-11-25", "2026-11-27"] }),
  open("DIPROSES", { between: ["2026-11-25", "2026-11-27"] }),
  open("DIPROSES", { between: ["2026-11-26", "2026-11-27"] }),
  open("DIPROSES", { between: ["2026-11-26", "2026-11-27"] }),
  open("MENUNGGU_KLARIFIKASI", { between: ["2026-11-10", "2026-11-13"] }, { clarify: "open" }),
  open("MENUNGGU_KLARIFIKASI", { between: ["2026-11-17", "2026-11-20"] }, { clarify: "open" }),
  open("MENUNGGU_KLARIFIKASI", { between: ["2026-11-23", "2026-11-25"] }, { clarify: "open" }),
];
