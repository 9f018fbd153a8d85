import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { formatRupiah } from "@/lib/format/rupiah";
import type { PublicRequestView } from "@/lib/requests/public-tracking";
import { ClarificationNotice, type PpidContact } from "./clarification-notice";
import { DefinitionRows } from "./definition-rows";

const STATUS_TONES: Record<string, BadgeTone> = {
  DITERIMA: "info", DIPROSES: "info", MENUNGGU_KLARIFIKASI: "warning", DIPUTUSKAN: "success", SELESAI: "neutral",
};

const costText = (amount: number | null) => (amount === 0 ? "Tidak dipungut biaya" : formatRupiah(amount));

function dueDateText(request: PublicRequestView): string {
  const { deadlines, status } = request;
  if (deadlines.dueDate) return formatDate(deadlines.dueDate, { weekday: true });
  if (status.code === "MENUNGGU_KLARIFIKASI") return "Penghitungan waktu dihentikan sementara sampai klarifikasi Anda diterima.";
  return "—";
}

/** Status, deadlines, outcome, delivery and the public timeline of one request. */
export function TrackingResult({ request, contact }: { request: PublicRequestView; contact: PpidContact }) {
  const { deadlines, decision, delivery } = request;
  const rows = [
    { label: "Nomor registrasi", value: request.registrationNumber },
    { label: "Status", value: <Badge tone={STATUS_TONES[request.status.code] ?? "neutral"}>{request.status.label}</Badge> },
    { label: "Diterima pada", value: formatDateTime(new Date(request.receivedAt)) },
    { label: "Informasi yang dimohon", value: request.informationRequested },
    { label: "Batas waktu yang berlaku", value: dueDateText(request) },
  ];
  if (deadlines.extendedDueDate) {
    rows.push(
      { label: "Batas semula (10 hari kerja)", value: formatDate(deadlines.noticeDueDate) },
      { label: "Diperpanjang sampai", value: formatDate(deadlines.extendedDueDate, { weekday: true }) },
      { label: "Alasan perpanjangan", value: deadlines.extensionReason ?? "—" },
    );
  }
  if (decision.outcome) {
    rows.push({ label: "Keputusan", value: decision.outcome.label }, { label: "Tanggal pemberitahuan tertulis", value: formatDate(decision.noticeDate) });
    if (decision.exemptionArticle) rows.push({ label: "Dasar pengecualian", value: `UU 14/2008 Pasal 17 huruf ${decision.exemptionArticle}` });
    if (decision.redactionNote) rows.push({ label: "Bagian yang dihitamkan", value: decision.redactionNote });
    if (decision.holderName) rows.push({ label: "Badan publik yang menguasai informasi", value: decision.holderName });
  }
  if (delivery.deliveredAt) {
    rows.push(
      { label: "Informasi disampaikan", value: formatDate(new Date(delivery.deliveredAt)) },
      { label: "Cara penyampaian", value: delivery.method?.label ?? "—" },
      { label: "Informasi yang diberikan", value: delivery.information ?? "—" },
      { label: "Biaya", value: costText(delivery.costAmount) },
    );
  }

  return (
    <div className="space-y-4">
      {request.clarificationQuestion && (
        <ClarificationNotice question={request.clarificationQuestion} registrationNumber={request.registrationNumber} contact={contact} />
      )}
      <Card title="Status permohonan">
        <DefinitionRows rows={rows} />
      </Card>
      <Card title="Riwayat">
        <ol className="space-y-3 border-l-2 border-brand-600 pl-4">
          {request.timeline.map((event, index) => (
            <li key={`${event.type}-${index}`}>
              <p className="text-sm text-slate-600">{formatDateTime(new Date(event.at))}</p>
              <p>{event.label}</p>
            </li>
          ))}
        </ol>
      </Card>
    </div>
  );
}
