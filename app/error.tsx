"use client";
import Link from "next/link";

// Any unexpected server error: a plain Bahasa Indonesia page instead of the framework's English one.
// Details stay in the server log; the digest lets officers quote the incident to the administrator.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-xl space-y-4 px-4 py-12">
      <h1 className="text-2xl font-bold">Terjadi gangguan</h1>
      <p role="alert">Maaf, halaman ini tidak dapat ditampilkan karena gangguan teknis. Data yang sudah tersimpan tidak berubah.</p>
      {error.digest && <p className="text-sm text-slate-600">Kode kejadian: {error.digest}</p>}
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={reset} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
          Coba lagi
        </button>
        <Link href="/" className="px-4 py-2 text-sm">
          Kembali ke beranda
        </Link>
      </div>
    </main>
  );
}
