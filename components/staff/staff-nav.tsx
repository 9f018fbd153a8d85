import Link from "next/link";
import { hasPermission, type Permission, type Role } from "@/lib/auth/roles";

const LINKS: { href: string; label: string; permission: Permission }[] = [
  { href: "/staf", label: "Dasbor", permission: "readRequests" },
  { href: "/staf/permohonan", label: "Kotak masuk permohonan", permission: "readRequests" },
  { href: "/staf/permohonan/baru", label: "Catat permohonan luring", permission: "registerRequest" },
  { href: "/staf/register", label: "Register permohonan", permission: "exportRegister" },
  { href: "/staf/informasi", label: "Daftar Informasi Publik", permission: "readCatalogue" },
  { href: "/staf/keberatan", label: "Keberatan", permission: "readObjections" }, // issue 3
  { href: "/staf/keberatan/baru", label: "Catat keberatan luring", permission: "registerObjection" }, // issue 3
  { href: "/staf/pengaduan", label: "Pengaduan", permission: "readComplaints" }, // issue 3
  { href: "/staf/kotak-keluar", label: "Kotak keluar surel", permission: "readOutbox" }, // issue 3
  { href: "/staf/audit", label: "Audit internal", permission: "readOversight" },
  { href: "/staf/temuan", label: "Temuan audit", permission: "readOversight" },
  { href: "/staf/monev", label: "Monev KI", permission: "readOversight" },
  { href: "/staf/pembinaan", label: "Pelatihan", permission: "readOversight" },
  { href: "/staf/sop", label: "SOP & pedoman", permission: "readOversight" },
  { href: "/staf/laporan", label: "Laporan evaluasi", permission: "readReports" }, // issue 5
  { href: "/staf/evaluasi", label: "SKM, kendala & rekomendasi", permission: "readReports" }, // issue 5
  { href: "/staf/evaluasi/kinerja", label: "Kinerja petugas", permission: "readOfficerAssessments" }, // issue 5: rubric
  { href: "/staf/evaluasi/kriteria", label: "Kriteria penilaian petugas", permission: "manageAssessmentCriteria" }, // issue 5: rubric
  { href: "/staf/laporan/profil", label: "Profil laporan tahunan", permission: "readReports" }, // issue 5
  { href: "/staf/admin/pengguna", label: "Pengguna & peran", permission: "manageUsers" },
  { href: "/staf/admin/hari-libur", label: "Hari libur", permission: "manageHolidays" },
  { href: "/staf/admin/pengaturan", label: "Pengaturan tenggat", permission: "manageSettings" },
  { href: "/staf/admin/kop-surat", label: "Kop surat & unggahan", permission: "manageSettings" }, // issue 3
  { href: "/staf/admin/penanda-tangan-laporan", label: "Penanda tangan laporan", permission: "manageSettings" }, // issue 5
  { href: "/staf/log-audit", label: "Log audit", permission: "readAuditLog" },
];

/** Shows only what the role may open; the pages themselves still refuse everyone else. */
export function StaffNav({ role }: { role: Role }) {
  return (
    <nav aria-label="Menu staf" className="no-print lg:w-56 lg:shrink-0">
      <ul className="flex flex-wrap gap-2 lg:flex-col lg:gap-1">
        {LINKS.filter((link) => hasPermission(role, link.permission)).map((link) => (
          <li key={link.href}>
            <Link href={link.href} className="block rounded px-3 py-2 text-sm hover:bg-brand-50">
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
