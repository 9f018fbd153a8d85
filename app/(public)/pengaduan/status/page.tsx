import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { lookupComplaint } from "@/lib/complaints/public-queries";
import { formatDateTime } from "@/lib/format/dates";
import { currentClientIp } from "@/lib/rate-limit/current-client";
import { formatTrackingCode } from "@/lib/requests/tracking-code";
import { paramText, type SearchParams } from "@/lib/http/search-params";

// The secret code may be in the address: never send it to another site, never index the page.
export const metadata: Metadata = { title: "Status pengaduan", referrer: "no-referrer", robots: { index: false, follow: false } };


export default async function ComplaintStatusPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = await searchParams;
  const nomor = paramText(query.nomor);
  const kode = paramText(query.kode);
  const lookup = nomor || kode ? await lookupComplaint(nomor, kode, await currentClientIp()) : null;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">Status pengaduan</h1>
      {lookup?.kind === "found" && query.baru === "1" && (
        <div role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          Pengaduan Anda diterima dengan nomor <strong>{lookup.complaint.registrationNumber}</strong> dan kode pelacakan{" "}
          <strong data-testid="complaint-code">{formatTrackingCode(kode)}</strong>. Simpan keduanya: hanya dengan kode ini Anda dapat melihat tanggapan.
        </div>
      )}
      <form method="get" className="space-y-3">
        <Field id="nomor" label="Nomor pengaduan"><input id="nomor" name="nomor" defaultValue={nomor} className={inputClass} /></Field>
        <Field id="kode" label="Kode pelacakan"><input id="kode" name="kode" defaultValue={kode} className={inputClass} autoComplete="off" /></Field>
        <Button type="submit">Lihat status</Button>
      </form>
      {lookup?.kind === "refused" && <FormMessage message={lookup.message} />}
      {lookup?.kind === "found" && (
        <Card title={`Pengaduan ${lookup.complaint.registrationNumber}`}>
          <dl className="space-y-2 text-sm">
            <div><dt className="font-medium">Status</dt><dd data-testid="complaint-status">{lookup.complaint.status}</dd></div>
            <div><dt className="font-medium">Kategori</dt><dd>{lookup.complaint.category}</dd></div>
            <div><dt className="font-medium">Uraian</dt><dd className="whitespace-pre-line">{lookup.complaint.description}</dd></div>
            {lookup.complaint.response && <div><dt className="font-medium">Tanggapan ({formatDateTime(lookup.complaint.respondedAt)})</dt><dd className="whitespace-pre-line">{lookup.complaint.response}</dd></div>}
          </dl>
          <ol className="mt-4 space-y-1 text-sm">
            {lookup.complaint.steps.map((s) => <li key={s.label}>{formatDateTime(s.at)} — {s.label}</li>)}
          </ol>
        </Card>
      )}
    </div>
  );
}
