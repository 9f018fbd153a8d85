import type { Metadata } from "next";
import Link from "next/link";
import { PublicObjectionList } from "@/components/objections/public-objection-list";
import { PrintButton } from "@/components/public/print-button";
import { FormMessage } from "@/components/ui/form-message";
import { objectionsOfVerifiedRequest } from "@/lib/objections/public-queries";
import { currentClientIp } from "@/lib/rate-limit/current-client";
import { lookupTrackedRequest } from "@/lib/requests/tracking-lookup";
import { trackingPath } from "@/lib/requests/receipt-path";
import { paramText, type SearchParams } from "@/lib/http/search-params";

export const metadata: Metadata = { title: "Bukti keberatan", referrer: "no-referrer", robots: { index: false, follow: false } };


export default async function ObjectionReceiptPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = await searchParams;
  const lookup = await lookupTrackedRequest(paramText(query.nomor), paramText(query.kode), await currentClientIp());
  if (lookup.kind !== "found") {
    return (
      <div className="mx-auto max-w-2xl space-y-4">
        <h1 className="text-2xl font-bold">Bukti keberatan</h1>
        <FormMessage message={lookup.message} />
      </div>
    );
  }
  const objections = await objectionsOfVerifiedRequest(lookup.request.registrationNumber);
  const highlight = paramText(query.keberatan);
  const mine = objections.filter((o) => o.registrationNumber === highlight);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <p className="no-print rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900" role="status">
        Keberatan Anda telah diterima dan diregistrasi. Cetak atau simpan bukti ini.
      </p>
      <h1 className="text-2xl font-bold">Bukti pengajuan keberatan</h1>
      <p>Permohonan: <strong>{lookup.request.registrationNumber}</strong> — {lookup.request.applicantName}</p>
      <PublicObjectionList objections={mine.length ? mine : objections} highlight={highlight} />
      <div className="no-print flex flex-wrap gap-3">
        <PrintButton />
        <Link href={trackingPath({ registrationNumber: lookup.request.registrationNumber, trackingCode: paramText(query.kode) })}>Lacak permohonan dan keberatan</Link>
      </div>
    </div>
  );
}
