import Link from "next/link";

export const metadata = { title: "Halaman tidak ditemukan" };

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl space-y-4 px-4 py-12">
      <h1 className="text-2xl font-bold">Halaman tidak ditemukan</h1>
      <p>Alamat yang Anda buka tidak ada atau sudah dipindahkan.</p>
      <p className="flex flex-wrap gap-4">
        <Link href="/">Beranda</Link>
        <Link href="/permohonan">Ajukan permohonan</Link>
        <Link href="/lacak">Lacak permohonan</Link>
      </p>
    </main>
  );
}
