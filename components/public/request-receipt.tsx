import Link from "next/link";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import type { PublicRequestView } from "@/lib/requests/public-tracking";
import { trackingPath } from "@/lib/requests/receipt-path";
import { formatTrackingCode } from "@/lib/requests/tracking-code";
import { DefinitionRows } from "./definition-rows";
import { PrintButton } from "./print-button";

/** Bukti permohonan: what the requester keeps (on screen, printed on A4, or saved as PDF). */
export function RequestReceipt({
  request,
  trackingCode,
  agencyName,
}: {
  request: PublicRequestView;
  trackingCode: string;
  agencyName: string;
}) {
  const { deadlines } = request;
  return (
    <article className="mx-auto max-w-3xl space-y-5 rounded-lg border border-slate-300 bg-white p-5 shadow-sm print:border-0 print:p-0 print:shadow-none sm:p-8">
      <header className="space-y-1 border-b-2 border-slate-800 pb-3 text-center">
        <p className="text-sm uppercase tracking-wide text-slate-600">Pejabat Pengelola Informasi dan Dokumentasi</p>
        <p className="font-semibold">{agencyName}</p>
        <h1 className="pt-2 text-xl font-bold">Bukti Permohonan Informasi Publik</h1>
      </header>
      <div className="grid gap-3 sm:grid-cols-2 print:grid-cols-2">
        <div className="rounded-md border border-slate-300 p-3">
          <p className="text-xs uppercase text-slate-600">Nomor registrasi</p>
          <p data-testid="receipt-number" className="font-mono text-lg font-bold break-all">{request.registrationNumber}</p>
        </div>
        <div className="rounded-md border border-slate-300 p-3">
          <p className="text-xs uppercase text-slate-600">Kode pelacakan (rahasia)</p>
          <p data-testid="receipt-code" className="font-mono text-lg font-bold tracking-wider">{formatTrackingCode(trackingCode)}</p>
        </div>
      </div>
      <DefinitionRows
        rows={[
          { label: "Diterima pada", value: formatDateTime(new Date(request.receivedAt), { weekday: true }) },
          { label: "Melalui", value: request.channel.label },
          { label: "Tanggal mulai penghitungan", value: `${formatDate(deadlines.clockStartDate, { weekday: true })} (hari kerja ke-1 adalah hari kerja berikutnya)` },
          { label: "Batas pemberitahuan tertulis", value: `${formatDate(deadlines.noticeDueDate, { weekday: true })} (10 hari kerja)` },
          { label: "Nama pemohon", value: request.applicantName },
          { label: "Informasi yang dimohon", value: request.informationRequested },
          { label: "Cara memperoleh informasi", value: request.obtainMethod.label },
          { label: "Cara mendapatkan salinan", value: request.copyDelivery.label },
        ]}
      />
      <section className="space-y-2 text-sm text-slate-700">
        <p>
          Simpan bukti ini. Nomor registrasi dan kode pelacakan diperlukan untuk melacak permohonan; jangan berikan
          kode pelacakan kepada orang lain. Batas waktu dapat diperpanjang paling lama 7 hari kerja dengan alasan tertulis.
        </p>
        <p>
          Bila permohonan tidak ditanggapi atau Anda tidak puas dengan tanggapannya, Anda dapat mengajukan keberatan kepada
          Atasan PPID paling lambat 30 hari kerja sejak alasan keberatan timbul (UU 14/2008 Pasal 35 ayat 1).
        </p>
      </section>
      <div className="no-print flex flex-col gap-3 sm:flex-row">
        <PrintButton />
        <Link href={trackingPath({ registrationNumber: request.registrationNumber, trackingCode })} className="inline-flex min-h-11 items-center">
          Lacak status permohonan ini
        </Link>
      </div>
    </article>
  );
}
