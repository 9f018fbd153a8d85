import Link from "next/link";
import { getAgencyProfile } from "@/lib/settings/agency";
import { AnnouncementBanner } from "@/components/public/dip/announcement-banner";

// Every public page reads live data (requests, holidays, settings): never prerender at build time.
export const dynamic = "force-dynamic";

const NAV = [
  { href: "/", label: "Beranda" },
  { href: "/informasi", label: "Daftar Informasi Publik" },
  { href: "/permohonan", label: "Ajukan Permohonan" },
  { href: "/lacak", label: "Lacak Permohonan" },
  { href: "/keberatan", label: "Keberatan" }, // issue 3
  { href: "/pengaduan", label: "Pengaduan" }, // issue 3
  { href: "/standar-layanan", label: "Standar Layanan" },
  { href: "/survei", label: "Survei Kepuasan" }, // issue 5
  { href: "/statistik", label: "Statistik" }, // issue 5
];

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const agency = await getAgencyProfile();
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#konten" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        Lewati ke konten utama
      </a>
      <header className="no-print bg-brand-800 text-white">
        <div className="mx-auto flex max-w-5xl flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
          <Link href="/" className="text-white no-underline">
            <span className="block text-xs uppercase tracking-wide text-brand-100">PPID</span>
            <span className="block font-semibold leading-tight">{agency.name}</span>
          </Link>
          <nav aria-label="Menu utama" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {NAV.map((item) => (
              <Link key={item.href} href={item.href} className="py-1 text-white">
                {item.label}
              </Link>
            ))}
          </nav>
        </div>
      </header>
      <AnnouncementBanner />
      <main id="konten" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">
        {children}
      </main>
      <footer className="no-print border-t border-slate-200 bg-white text-sm text-slate-700">
        <div className="mx-auto max-w-5xl space-y-1 px-4 py-4">
          <p className="font-semibold">{agency.name}</p>
          <p>{agency.address}</p>
          <p>
            Telepon {agency.phone} · Surel {agency.email}
          </p>
          <p>
            <Link href="/masuk">Masuk petugas</Link>
          </p>
        </div>
      </footer>
    </div>
  );
}
