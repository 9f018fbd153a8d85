import { DEFAULT_INBOX_FILTER, inboxHref, isFullRegistrationNumber, isNumberSearch, parseInboxFilter, statusesOf } from "@/lib/requests/inbox-filters";

describe("inbox filters in the URL", () => {
  it("defaults to open requests, page 1", () => {
    expect(parseInboxFilter({})).toEqual(DEFAULT_INBOX_FILTER);
    expect(inboxHref({})).toBe("/staf/permohonan");
  });

  it("round-trips every filter through the URL", () => {
    const filter = { status: "DIPROSES" as const, due: "segera" as const, mine: true, q: "Maria Goreti", page: 3 };
    const href = inboxHref(filter);
    expect(href).toBe("/staf/permohonan?status=DIPROSES&tenggat=segera&saya=1&q=Maria+Goreti&hal=3");
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseInboxFilter(params)).toEqual(filter);
  });

  it("ignores unknown or malformed values instead of failing", () => {
    expect(parseInboxFilter({ status: "DROP TABLE", tenggat: "kemarin", hal: "-2", saya: "ya" })).toEqual(DEFAULT_INBOX_FILTER);
    expect(parseInboxFilter({ hal: ["2", "5"] }).page).toBe(2);
    expect(parseInboxFilter({ q: "  x ".repeat(80) }).q.length).toBeLessThanOrEqual(100);
  });

  it("selects statuses; due filters only concern requests awaiting a decision", () => {
    expect(statusesOf({ status: "aktif", due: null })).toEqual(["DITERIMA", "DIPROSES", "MENUNGGU_KLARIFIKASI"]);
    expect(statusesOf({ status: "semua", due: null })).toHaveLength(5);
    expect(statusesOf({ status: "semua", due: "terlambat" })).toEqual(["DITERIMA", "DIPROSES", "MENUNGGU_KLARIFIKASI"]);
    expect(statusesOf({ status: "SELESAI", due: "terlambat" })).toEqual([]);
  });

  it("searches numbers by digit and names otherwise", () => {
    expect(isNumberSearch("0007/PMH")).toBe(true);
    expect(isNumberSearch("Nggadas")).toBe(false);
  });

  it("recognises a complete registration number for an exact lookup", () => {
    expect(isFullRegistrationNumber("0007/PMH/PPID-DPP/2026")).toBe(true);
    expect(isFullRegistrationNumber("0007/pmh/ppid-dpp/2026")).toBe(true);
    expect(isFullRegistrationNumber("0007/PMH")).toBe(false);
    expect(isFullRegistrationNumber("7/2026")).toBe(false);
  });
});
