import {
  ACTION_PERMISSION,
  ALLOWED_FROM,
  REQUEST_ACTIONS,
  availableActions,
  refusalOf,
  type TransitionState,
} from "@/lib/requests/transitions";
import { ALL_ROLES, hasPermission } from "@/lib/auth/roles";
import type { RequestStatus } from "@/lib/generated/prisma/enums";

const TODAY = "2026-03-20";
const base: TransitionState = { status: "DIPROSES", extendedAt: null, outcome: null, deliveredAt: null, noticeDueDate: "2026-03-26" };
const state = (patch: Partial<TransitionState>): TransitionState => ({ ...base, ...patch });
const STATUSES: RequestStatus[] = ["DITERIMA", "DIPROSES", "MENUNGGU_KLARIFIKASI", "DIPUTUSKAN", "SELESAI"];

describe("refusalOf: status table", () => {
  it.each(REQUEST_ACTIONS.flatMap((action) => STATUSES.map((status) => [action, status] as const)))(
    "%s from %s follows ALLOWED_FROM",
    (action, status) => {
      // A granting outcome so "deliver" is judged on status alone.
      const s = state({ status, outcome: "DIKABULKAN_SELURUHNYA" });
      const refusal = refusalOf(action, s, TODAY);
      expect(refusal === null).toBe(ALLOWED_FROM[action].includes(status));
    },
  );

  it("names the current status in Bahasa when refusing", () => {
    expect(refusalOf("decide", state({ status: "SELESAI" }), TODAY)).toBe(
      'Tindakan ini tidak dapat dilakukan pada permohonan berstatus "Selesai".',
    );
  });

  it("allows nothing on a closed request", () => {
    for (const action of REQUEST_ACTIONS) expect(refusalOf(action, state({ status: "SELESAI" }), TODAY)).not.toBeNull();
  });
});

describe("refusalOf: rules beyond status", () => {
  it("extends only once", () => {
    expect(refusalOf("extend", base, TODAY)).toBeNull();
    expect(refusalOf("extend", state({ extendedAt: new Date() }), TODAY)).toMatch(/satu kali/);
  });

  it("extends only until the 10-working-day notice due date (inclusive)", () => {
    expect(refusalOf("extend", state({ noticeDueDate: TODAY }), TODAY)).toBeNull();
    expect(refusalOf("extend", state({ noticeDueDate: "2026-03-19" }), TODAY)).toMatch(/terlewati/);
  });

  it("records a delivery only after a granting decision, and only once", () => {
    const decided = state({ status: "DIPUTUSKAN" });
    expect(refusalOf("deliver", { ...decided, outcome: "DITOLAK_DIKECUALIKAN" }, TODAY)).toMatch(/dikabulkan/);
    expect(refusalOf("deliver", { ...decided, outcome: "TIDAK_DIKUASAI" }, TODAY)).toMatch(/dikabulkan/);
    expect(refusalOf("deliver", { ...decided, outcome: "DIKABULKAN_SEBAGIAN" }, TODAY)).toBeNull();
    expect(refusalOf("deliver", { ...decided, outcome: "DIKABULKAN_SELURUHNYA", deliveredAt: new Date() }, TODAY)).toMatch(/sudah dicatat/);
    expect(refusalOf("deliver", state({ outcome: null }), TODAY)).not.toBeNull();
  });
});

describe("availableActions", () => {
  it("shows a PETUGAS only the processing actions", () => {
    expect(availableActions(base, "PETUGAS", TODAY)).toEqual(["pause"]);
  });

  it("shows a PPID everything allowed on an open request", () => {
    expect(availableActions(base, "PPID", TODAY)).toEqual(["assign", "pause", "extend", "decide"]);
  });

  it("offers only the answer while waiting for clarification (and re-assignment to PPID)", () => {
    const waiting = state({ status: "MENUNGGU_KLARIFIKASI", noticeDueDate: null });
    expect(availableActions(waiting, "PETUGAS", TODAY)).toEqual(["resume"]);
    expect(availableActions(waiting, "PPID", TODAY)).toEqual(["assign", "resume"]);
  });

  it("offers delivery and closing after a grant, closing only after a refusal", () => {
    expect(availableActions(state({ status: "DIPUTUSKAN", outcome: "DIKABULKAN_SELURUHNYA" }), "PETUGAS", TODAY)).toEqual(["deliver", "close"]);
    expect(availableActions(state({ status: "DIPUTUSKAN", outcome: "DITOLAK_DIKECUALIKAN" }), "PPID", TODAY)).toEqual(["close"]);
  });

  it("gives read-only roles no action at all", () => {
    for (const role of ["ATASAN", "AUDITOR", "PIMPINAN"] as const) {
      for (const status of STATUSES) expect(availableActions(state({ status, outcome: "DIKABULKAN_SELURUHNYA" }), role, TODAY)).toEqual([]);
    }
  });

  it("never offers an action the role lacks the permission for", () => {
    for (const role of ALL_ROLES) {
      for (const action of availableActions(base, role, TODAY)) expect(hasPermission(role, ACTION_PERMISSION[action])).toBe(true);
    }
  });
});
