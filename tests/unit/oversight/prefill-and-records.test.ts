import { shareResult, shareToScore } from "@/lib/internal-audit/prefill/share-score";
import { isRegisterComplete, type RegisterFields } from "@/lib/internal-audit/prefill/register-complete";
import { competencyGaps, hoursByOfficerYear } from "@/lib/training/records";
import { currentVersion } from "@/lib/guides/current-version";

describe("pre-fill figures", () => {
  it("maps shares to the 0–4 scale at the documented thresholds", () => {
    expect([1, 0.95, 0.9499, 0.85, 0.7, 0.5, 0.49].map(shareToScore)).toEqual([4, 4, 3, 3, 2, 1, 0]);
  });

  it("states the figure, and has no number when there is no data", () => {
    const r = shareResult(9, 10, "permohonan");
    expect(r).toMatchObject({ available: true, score: 3, figure: "9 dari 10 permohonan (90,00%)" });
    expect(shareResult(0, 0, "permohonan")).toEqual({ available: false, figure: "Tidak ada data pada periode ini (permohonan)." });
  });

  const base: RegisterFields = {
    applicantName: "A", address: "Kupang", phone: "0812", email: null, occupation: "Guru", informationRequested: "x", purpose: "y",
    outcome: "DIKABULKAN_SELURUHNYA", noticeDate: new Date("2025-08-01"), informationForm: "SOFTCOPY",
    holderName: null, exemptionArticle: null, consequenceTestRef: null, redactionNote: null,
  };

  it("checks register completeness by outcome", () => {
    expect(isRegisterComplete(base)).toBe(true);
    expect(isRegisterComplete({ ...base, phone: null })).toBe(false);
    expect(isRegisterComplete({ ...base, outcome: "DITOLAK_DIKECUALIKAN", exemptionArticle: "b" })).toBe(false);
    expect(isRegisterComplete({ ...base, outcome: "DITOLAK_DIKECUALIKAN", exemptionArticle: "b", consequenceTestRef: "UK 01" })).toBe(true);
    expect(isRegisterComplete({ ...base, outcome: "TIDAK_DIKUASAI", informationForm: null })).toBe(false);
  });
});

describe("training records and guide versions", () => {
  const attendances = [
    { userId: "u1", year: 2025, hours: 8, competency: "Uji konsekuensi" },
    { userId: "u1", year: 2025, hours: 4.5, competency: null },
    { userId: "u1", year: 2026, hours: 2, competency: "Pelayanan prima" },
    { userId: "u2", year: 2025, hours: 16, competency: "Pelayanan prima" },
  ];

  it("sums hours per officer per year", () => {
    const hours = hoursByOfficerYear(attendances);
    expect(hours.get("u1")?.get(2025)).toBe(12.5);
    expect(hours.get("u1")?.get(2026)).toBe(2);
    expect(hours.get("u2")?.get(2025)).toBe(16);
  });

  it("names who lacks a competency required for their role", () => {
    const gaps = competencyGaps(
      [{ id: "u1", name: "Ani", role: "PPID" }, { id: "u2", name: "Budi", role: "PETUGAS" }],
      [{ role: "PPID", competency: "Uji konsekuensi" }, { role: "PPID", competency: "Klasifikasi informasi" }, { role: "PETUGAS", competency: "Pelayanan prima" }],
      attendances,
    );
    expect(gaps).toEqual([{ officer: { id: "u1", name: "Ani", role: "PPID" }, missing: ["Klasifikasi informasi"] }]);
  });

  it("the current version is the newest one already in force", () => {
    const versions = [
      { version: 1, effectiveDate: new Date("2024-09-01T00:00:00Z") },
      { version: 2, effectiveDate: new Date("2025-06-01T00:00:00Z") },
      { version: 3, effectiveDate: new Date("2027-01-01T00:00:00Z") },
    ];
    expect(currentVersion(versions, new Date("2026-12-03T00:00:00Z"))?.version).toBe(2);
    expect(currentVersion(versions, new Date("2025-05-31T00:00:00Z"))?.version).toBe(1);
    expect(currentVersion(versions, new Date("2024-01-01T00:00:00Z"))).toBeNull();
  });
});
