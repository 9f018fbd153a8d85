import { auditFieldLabel, auditValueText } from "@/lib/audit/field-labels";
import { auditEntityLabel, auditSubject } from "@/lib/audit/labels";

describe("audit log labels", () => {
  it("names entities and settings in Bahasa instead of 'System' or 'Pengaturan clock'", () => {
    expect(auditEntityLabel("System")).toBe("Sistem");
    expect(auditSubject("Setting", "clock")).toEqual({ label: "Pengaturan tenggat", id: null });
    expect(auditSubject("Setting", "agency")).toEqual({ label: "Profil instansi", id: null });
    expect(auditSubject("User", "u1")).toEqual({ label: "Akun pengguna", id: "u1" });
    expect(auditSubject("Setting", "unknown-key")).toEqual({ label: "Pengaturan", id: "unknown-key" });
  });

  it("names fields in Bahasa, segment by segment, keeping unknown codes", () => {
    expect(auditFieldLabel("active")).toBe("Aktif");
    expect(auditFieldLabel("role")).toBe("Peran");
    expect(auditFieldLabel("cutiBersamaIsWorkingDay")).toBe("Cuti bersama dihitung hari kerja");
    expect(auditFieldLabel("recompute.changed")).toBe("Penghitungan ulang tenggat › Berubah");
    expect(auditFieldLabel("somethingNew")).toBe("somethingNew");
  });

  it("shows values as people read them", () => {
    expect(auditValueText("active", "true")).toBe("Ya");
    expect(auditValueText("cutiBersamaIsWorkingDay", "false")).toBe("Tidak");
    expect(auditValueText("role", "PETUGAS")).toBe("Petugas Pelayanan Informasi");
    expect(auditValueText("name", "PETUGAS")).toBe("PETUGAS"); // only role fields are role codes
    expect(auditValueText("deactivatedAt", "2026-03-12T02:15:00.000Z")).toBe("12 Maret 2026 pukul 10.15 WITA");
    expect(auditValueText("date", "2026-03-12")).toBe("2026-03-12"); // a calendar date stays as is
    expect(auditValueText("note", null)).toBeNull();
  });
});
