import { publicStandards } from "@/lib/guides/queries";
import { GUIDE_KIND_LABELS } from "@/lib/guides/labels";
import { formatDate } from "@/lib/format/dates";

export const metadata = { title: "Standar Layanan Informasi Publik" };

/** The Perki 1/2021 standards and the maklumat pelayanan, always in the version currently in force. */
export default async function StandardsPage() {
  const docs = await publicStandards();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Standar Layanan Informasi Publik</h1>
      <p className="text-slate-700">Standar layanan sesuai Peraturan Komisi Informasi Nomor 1 Tahun 2021 dan maklumat pelayanan kami. Yang ditampilkan selalu versi yang sedang berlaku.</p>
      {docs.length === 0 && <p>Standar layanan belum diterbitkan.</p>}
      {docs.map((d) => (
        <section key={d.id} aria-labelledby={`std-${d.id}`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id={`std-${d.id}`} className="text-lg font-semibold">{d.title}</h2>
          <p className="text-xs text-slate-600">{GUIDE_KIND_LABELS[d.kind]} · versi {d.current.version} · berlaku sejak {formatDate(d.current.effectiveDate)} · disetujui {d.current.approverName}</p>
          <p className="mt-2 whitespace-pre-line">{d.current.body}</p>
        </section>
      ))}
    </div>
  );
}
