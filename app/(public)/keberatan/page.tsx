import type { Metadata } from "next";
import { ObjectionPublicForm } from "@/components/objections/objection-public-form";

export const metadata: Metadata = { title: "Ajukan keberatan", referrer: "no-referrer", robots: { index: false, follow: false } };

type Query = { nomor?: string | string[]; kode?: string | string[] };
const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function ObjectionPage({ searchParams }: { searchParams: Promise<Query> }) {
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
      <ObjectionPublicForm nomor={single(query.nomor)} kode={single(query.kode)} />
    </div>
  );
}
