import type { Metadata } from "next";
import Link from "next/link";
import { RequestReceipt } from "@/components/public/request-receipt";
import { FormMessage } from "@/components/ui/form-message";
import { currentClientIp } from "@/lib/rate-limit/current-client";
import { normalizeTrackingCode } from "@/lib/requests/tracking-code";
import { lookupTrackedRequest } from "@/lib/requests/tracking-lookup";
import { getAgencyProfile } from "@/lib/settings/agency";
import { paramText, type SearchParams } from "@/lib/http/search-params";

// The secret code is in the address: never send it to another site, never index the page.
export const metadata: Metadata = { title: "Bukti permohonan", referrer: "no-referrer", robots: { index: false, follow: false } };


export default async function ReceiptPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = await searchParams;
  const [lookup, agency] = await Promise.all([
    lookupTrackedRequest(paramText(query.nomor), paramText(query.kode), await currentClientIp()),
    getAgencyProfile(),
  ]);

  if (lookup.kind !== "found") {
    return (
      <div className="mx-auto max-w-2xl space-y-4">
        <h1 className="text-2xl font-bold">Bukti permohonan</h1>
        <FormMessage message={lookup.message} />
        <p>
          Anda dapat mencari permohonan melalui halaman <Link href="/lacak">Lacak Permohonan</Link> dengan nomor registrasi
          dan kode pelacakan yang tertera pada bukti permohonan.
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <p className="no-print mx-auto max-w-3xl rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900" role="status">
        Permohonan Anda telah diterima dan diregistrasi. Cetak atau simpan bukti ini.
      </p>
      <RequestReceipt request={lookup.request} trackingCode={normalizeTrackingCode(paramText(query.kode))} agencyName={agency.name} />
    </div>
  );
}
