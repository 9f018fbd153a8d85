/**
 * Plausibility check of a NIK (Nomor Induk Kependudukan, 16 digits on the KTP/KK). Layout:
 * PP KK CC DDMMYY NNNN = province, regency/city, district, birth date (DD + 40 for women), serial.
 * There is no public checksum, so this rejects only what cannot exist; it does not prove a NIK is issued.
 */
import type { CalendarDate } from "@/lib/deadlines/calendar-date";

/**
 * Province codes (Kemendagri kode wilayah): Sumatra 11–21, Java 31–36, Bali/Nusa Tenggara 51–53,
 * Kalimantan 61–65, Sulawesi 71–76, Maluku 81–82, Papua 91–96 (93–96: the 2022 Papuan provinces).
 */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  "11", "12", "13", "14", "15", "16", "17", "18", "19", "21",
  "31", "32", "33", "34", "35", "36",
  "51", "52", "53",
  "61", "62", "63", "64", "65",
  "71", "72", "73", "74", "75", "76",
  "81", "82",
  "91", "92", "93", "94", "95", "96",
]);

export type NikCheck =
  | { valid: true; nik: string; provinceCode: string; birthDate: CalendarDate; sex: "L" | "P" }
  | { valid: false; message: string };

/** Removes the spaces, dots and dashes people type to group the digits. */
export function normalizeNik(raw: string): string {
  return raw.replace(/[\s.-]/g, "");
}

const fail = (message: string): NikCheck => ({ valid: false, message });

/** The century is not in the NIK: take the latest year that is not after `today`. */
function resolveBirthDate(day: number, month: number, yy: number, today: Date): CalendarDate | null {
  const todayIso = today.toISOString().slice(0, 10);
  for (const century of [2000, 1900]) {
    const year = century + yy;
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) continue;
    const iso = date.toISOString().slice(0, 10) as CalendarDate;
    if (iso <= todayIso) return iso;
  }
  return null;
}

/** Checks a NIK as typed (spaces, dots, dashes allowed). `today` is injectable for tests. */
export function checkNik(raw: string, today: Date = new Date()): NikCheck {
  const nik = normalizeNik(raw ?? "");
  if (nik === "") return fail("NIK wajib diisi.");
  if (!/^\d+$/.test(nik)) return fail("NIK hanya boleh berisi angka.");
  if (nik.length !== 16) return fail(`NIK harus 16 digit (yang diisi ${nik.length} digit).`);

  const provinceCode = nik.slice(0, 2);
  if (!PROVINCE_CODES.has(provinceCode)) return fail("Dua digit pertama NIK (kode provinsi) tidak dikenal.");
  if (nik.slice(2, 4) === "00") return fail("Digit ke-3 dan ke-4 NIK (kode kabupaten/kota) tidak valid.");
  if (nik.slice(4, 6) === "00") return fail("Digit ke-5 dan ke-6 NIK (kode kecamatan) tidak valid.");

  const rawDay = Number(nik.slice(6, 8));
  const sex = rawDay > 40 ? "P" : "L";
  const day = sex === "P" ? rawDay - 40 : rawDay;
  const month = Number(nik.slice(8, 10));
  const birthDate = day >= 1 && day <= 31 && month >= 1 && month <= 12
    ? resolveBirthDate(day, month, Number(nik.slice(10, 12)), today)
    : null;
  if (!birthDate) return fail("Digit ke-7 sampai ke-12 NIK (tanggal lahir) tidak menunjukkan tanggal yang mungkin.");

  if (nik.slice(12) === "0000") return fail("Empat digit terakhir NIK (nomor urut) tidak boleh 0000.");
  return { valid: true, nik, provinceCode, birthDate, sex };
}
