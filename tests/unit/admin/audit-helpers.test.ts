import { diffJson } from "@/lib/audit/json-diff";
import { auditFilterQuery, parseAuditFilters, SYSTEM_ACTOR } from "@/lib/audit/filters";
import { describeRecompute } from "@/lib/holidays/recompute-summary";
import { RuleError } from "@/lib/rule-error";
import { z } from "zod";

describe("diffJson", () => {
  it("lists changed, added and removed fields by dotted path, hiding unchanged ones", () => {
    const before = { role: "PETUGAS", active: true, name: "Budi", extra: { a: 1 } };
    const after = { role: "PPID", active: true, name: "Budi", recompute: { checked: 3, changed: 1 } };
    expect(diffJson(before, after)).toEqual([
      { path: "role", before: "PETUGAS", after: "PPID", change: "changed" },
      { path: "extra.a", before: "1", after: null, change: "removed" },
      { path: "recompute.checked", before: null, after: "3", change: "added" },
      { path: "recompute.changed", before: null, after: "1", change: "added" },
    ]);
  });

  it("shows every field as added for a creation, and can include unchanged fields", () => {
    expect(diffJson(null, { date: "2026-01-01", list: [1, 2] })).toEqual([
      { path: "date", before: null, after: "2026-01-01", change: "added" },
      { path: "list", before: null, after: "[1,2]", change: "added" },
    ]);
    expect(diffJson({ a: 1 }, { a: 1 }, { includeUnchanged: true })).toEqual([{ path: "a", before: "1", after: "1", change: "unchanged" }]);
    expect(diffJson(undefined, undefined)).toEqual([]);
  });
});

describe("audit filters", () => {
  it("parses valid values and ignores invalid ones", () => {
    expect(parseAuditFilters({ entitas: "Holiday", pelaku: SYSTEM_ACTOR, dari: "2026-01-01", sampai: "2026-02-30", halaman: "3" })).toEqual({
      entityType: "Holiday",
      actor: SYSTEM_ACTOR,
      from: "2026-01-01",
      to: null,
      page: 3,
    });
    expect(parseAuditFilters({ entitas: "x'; DROP", halaman: "-2", pelaku: ["a b"] })).toEqual({ entityType: null, actor: null, from: null, to: null, page: 1 });
  });

  it("round-trips filters into pagination links", () => {
    const filters = parseAuditFilters({ entitas: "User", dari: "2026-01-01" });
    expect(auditFilterQuery(filters, 2)).toBe("?entitas=User&dari=2026-01-01&halaman=2");
    expect(auditFilterQuery(parseAuditFilters({}), 1)).toBe("");
  });
});

describe("small helpers", () => {
  it("describeRecompute words the result", () => {
    expect(describeRecompute({ checked: 0, changed: 0 })).toMatch(/Tidak ada permohonan terbuka/);
    expect(describeRecompute({ checked: 4, changed: 1 })).toBe("4 permohonan terbuka dihitung ulang; tenggat 1 permohonan berubah.");
  });

  it("RuleError.fromZod keeps one message list per field", () => {
    const parsed = z.object({ a: z.string().min(2, "A pendek"), b: z.number("B angka") }).safeParse({ a: "x", b: "y" });
    const error = RuleError.fromZod(parsed.error!);
    expect(error.fieldErrors).toEqual({ a: ["A pendek"], b: ["B angka"] });
    expect(error.message).toBe("Periksa kembali isian yang ditandai.");
  });
});
