/**
 * Who asks: personas an industry and trade office really hears from, turned into the applicant
 * columns of InformationRequest (individual, legal entity with its Kemenkumham decree, or group).
 */
import type { ApplicantType, RequestChannel } from "@/lib/generated/prisma/enums";
import type { Rng } from "./random";
import { address, emailFor, fictionalNik, personName, phone, pickPlace } from "./people";
import { PLACES, type Place } from "./places";

export type Persona = "MAHASISWA" | "PENELITI" | "WARTAWAN" | "PEDAGANG" | "PELAKU_IKM" | "PERUSAHAAN" | "KELOMPOK" | "LSM" | "WARGA";
/** Subject area, so a salt farmers' group asks about salt, not about fuel pumps. */
export type Theme = "pasar" | "distribusi" | "tenun" | "garam" | "kopi" | "kelor" | "pupuk" | "metrologi" | "ekspor" | "umum";

export type Applicant = {
  applicantType: ApplicantType;
  applicantName: string;
  nik: string | null;
  legalEntityDecree: string | null;
  address: string;
  phone: string | null;
  email: string | null;
  occupation: string;
};

const town = (prefix: string) => PLACES.find((p) => p.town.startsWith(prefix)) as Place;

const UNIVERSITIES: readonly [string, string][] = [
  ["Universitas Nusa Cendana", "Kota Kupang"],
  ["Universitas Katolik Widya Mandira", "Kota Kupang"],
  ["Politeknik Negeri Kupang", "Kota Kupang"],
  ["Universitas Flores", "Ende"],
  ["Universitas Nusa Nipa", "Maumere"],
  ["Universitas Timor", "Kefamenanu"],
  ["Universitas Kristen Wira Wacana Sumba", "Waingapu"],
  ["Universitas Katolik Indonesia Santu Paulus", "Ruteng"],
];

// Invented businesses and groups, each tied to a theme and a town.
const COMPANIES: readonly { name: string; decree: string; email: string; theme: Theme; town: string; line: string }[] = [
  { name: "CV Flobamora Niaga Sejahtera", decree: "AHU-0034127-AH.01.14.Tahun 2019", email: "admin@flobamoraniaga.example", theme: "distribusi", town: "Kota Kupang", line: "Distributor bahan pokok" },
  { name: "PT Sasando Distribusi Nusantara", decree: "AHU-0051873.AH.01.01.Tahun 2016", email: "kontak@sasandodistribusi.example", theme: "distribusi", town: "Kota Kupang", line: "Distributor minyak goreng dan gula pasir" },
  { name: "CV Lontar Mandiri Atambua", decree: "AHU-0012658-AH.01.14.Tahun 2020", email: "lontarmandiri@mail.example", theme: "distribusi", town: "Atambua", line: "Subdistributor bahan pokok wilayah perbatasan" },
  { name: "PT Timor Rumput Laut Lestari", decree: "AHU-0020931.AH.01.01.Tahun 2018", email: "ekspor@timorrumputlaut.example", theme: "ekspor", town: "Kota Kupang", line: "Eksportir rumput laut kering" },
  { name: "CV Sumba Kemiri Utama", decree: "AHU-0047312-AH.01.14.Tahun 2021", email: "sumbakemiri@mail.example", theme: "ekspor", town: "Waingapu", line: "Pedagang antarpulau dan eksportir kemiri" },
  { name: "Koperasi Produsen Kopi Arabika Lereng Inerie", decree: "AHU-0003815.AH.01.26.Tahun 2019", email: "koperasi@kopiinerie.example", theme: "kopi", town: "Bajawa", line: "Koperasi pengolahan kopi arabika" },
  { name: "PT Nusa Bunga Energi", decree: "AHU-0066204.AH.01.01.Tahun 2014", email: "spbu@nusabungaenergi.example", theme: "metrologi", town: "Maumere", line: "Pengelola SPBU" },
  { name: "CV Karya Teknik Timbang Kupang", decree: "AHU-0029540-AH.01.14.Tahun 2022", email: "karyateknik@mail.example", theme: "metrologi", town: "Kota Kupang", line: "Reparatir UTTP bertanda daftar" },
  { name: "CV Tani Makmur Ruteng", decree: "AHU-0008871-AH.01.14.Tahun 2019", email: "tanimakmur@mail.example", theme: "pupuk", town: "Ruteng", line: "Distributor pupuk bersubsidi" },
  { name: "Koperasi Serba Usaha Kelor Flobamora", decree: "AHU-0011294.AH.01.26.Tahun 2021", email: "ksp.kelor@mail.example", theme: "kelor", town: "Kota Kupang", line: "Koperasi olahan kelor" },
];

const GROUPS: readonly { name: string; theme: Theme; town: string }[] = [
  { name: "Kelompok Tenun Ikat Bunga Lontar", theme: "tenun", town: "Oelamasi" },
  { name: "Kelompok Penenun Lawo Sare", theme: "tenun", town: "Ende" },
  { name: "Kelompok Tenun Ikat Watublapi Indah", theme: "tenun", town: "Maumere" },
  { name: "Kelompok Usaha Garam Tasi Mane", theme: "garam", town: "Oelamasi" },
  { name: "Kelompok Petani Kopi Wolobobo", theme: "kopi", town: "Bajawa" },
  { name: "Kelompok Usaha Kelor Daun Hijau", theme: "kelor", town: "Kota Kupang" },
  { name: "Kelompok Tani Sehati Oebelo", theme: "pupuk", town: "Oelamasi" },
  { name: "Kelompok Tani Mekar Jaya Wae Ri'i", theme: "pupuk", town: "Ruteng" },
  { name: "Forum Pedagang Pasar Inpres Naikoten", theme: "pasar", town: "Kota Kupang" },
];

const IKM_OCCUPATIONS: Partial<Record<Theme, string>> = {
  tenun: "Pengrajin tenun ikat",
  garam: "Pelaku usaha garam rakyat",
  kopi: "Pelaku usaha pengolahan kopi",
  kelor: "Pelaku usaha olahan kelor",
};

function contact(rng: Rng, name: string, channel: RequestChannel) {
  const wantsEmail = channel === "EMAIL" || channel === "PORTAL" ? rng.chance(0.85) : rng.chance(0.4);
  const wantsPhone = channel === "TELEPON" || channel === "DATANG_LANGSUNG" || !wantsEmail || rng.chance(0.7);
  return { email: wantsEmail ? emailFor(rng, name) : null, phone: wantsPhone ? phone(rng) : null };
}

function individual(rng: Rng, place: Place, occupation: string, channel: RequestChannel): Applicant {
  const person = personName(rng);
  return {
    applicantType: "PERORANGAN",
    applicantName: person.name,
    nik: fictionalNik(rng, person, place),
    legalEntityDecree: null,
    address: address(rng, place),
    occupation,
    ...contact(rng, person.name, channel),
  };
}

const byTheme = <T extends { theme: Theme }>(rng: Rng, items: readonly T[], theme: Theme) => {
  const matching = items.filter((item) => item.theme === theme);
  return rng.pick(matching.length > 0 ? matching : items);
};

export function buildApplicant(rng: Rng, persona: Persona, theme: Theme, channel: RequestChannel): Applicant {
  switch (persona) {
    case "MAHASISWA": {
      const [university, city] = rng.pick(UNIVERSITIES);
      return individual(rng, town(city), `Mahasiswa ${university}`, channel);
    }
    case "PENELITI":
      return individual(rng, rng.chance(0.7) ? town("Kota Kupang") : pickPlace(rng), rng.pick(["Dosen", "Peneliti", "Dosen dan peneliti ekonomi pertanian"]), channel);
    case "WARTAWAN":
      return individual(rng, rng.chance(0.6) ? town("Kota Kupang") : pickPlace(rng), rng.pick(["Wartawan media daring", "Wartawan surat kabar harian", "Jurnalis radio"]), channel);
    case "PEDAGANG":
      return individual(rng, pickPlace(rng), rng.pick(["Pedagang sembako", "Wiraswasta", "Pedagang pasar", "Pemilik toko kelontong"]), channel);
    case "PELAKU_IKM":
      return individual(rng, pickPlace(rng), IKM_OCCUPATIONS[theme] ?? "Pelaku usaha industri kecil", channel);
    case "LSM":
      return individual(rng, town("Kota Kupang"), rng.pick(["Staf lembaga swadaya masyarakat", "Pegiat advokasi anggaran", "Koordinator forum masyarakat sipil"]), channel);
    case "WARGA":
      return individual(rng, pickPlace(rng), rng.pick(["Petani", "Nelayan", "Guru", "Pegawai swasta", "Ibu rumah tangga"]), channel);
    case "KELOMPOK": {
      const group = byTheme(rng, GROUPS, theme);
      const position = rng.pick(["Ketua", "Ketua", "Sekretaris", "Bendahara"]);
      const applicant = individual(rng, town(group.town), `${position} ${group.name}`, channel);
      return { ...applicant, applicantType: "KELOMPOK" };
    }
    case "PERUSAHAAN": {
      const company = byTheme(rng, COMPANIES, theme);
      return {
        applicantType: "BADAN_HUKUM",
        applicantName: company.name,
        nik: null,
        legalEntityDecree: company.decree,
        address: address(rng, town(company.town)),
        occupation: company.line,
        email: company.email,
        phone: phone(rng),
      };
    }
  }
}
