import type { Metadata } from "next";
import { ObjectionPublicForm } from "@/components/objections/objection-public-form";
import { paramText, type SearchParams } from "@/lib/http/search-params";

export const metadata: Metadata = { title: "Ajukan keberatan", referrer: "no-referrer", robots: { index: false, follow: false } };


export default async function ObjectionPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = await searchParams;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">Ajukan keberatan kepada Atasan PPID</h1>
        <p className="text-slate-700">
          Keberatan diajukan paling lambat <strong>30 hari kerja</strong> sejak alasan keberatan timbul: sejak tanggal
          pemberitahuan tertulis, atau sejak batas waktu pemberitahuan lewat tanpa jawaban. Keberatan yang terlambat tetap
          dicatat dan dinilai oleh petugas. Atasan PPID memberi tanggapan tertulis paling lambat 30 hari kerja sejak
          keberatan diterima.
        </p>
      </header>
      <ObjectionPublicForm nomor={paramText(query.nomor)} kode={paramText(query.kode)} />
    </div>
  );
}
