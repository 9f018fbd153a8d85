import Link from "next/link";
import { notFound } from "next/navigation";
import { ObjectionStaffActions } from "@/components/objections/objection-staff-actions";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/guard";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { DECISION_LABELS, DISPUTE_STAGE_LABELS, GROUND_LABELS, OBJECTION_STATUS_LABELS } from "@/lib/objections/labels";
import { objectionDetail } from "@/lib/objections/queries";
import { LettersCard } from "@/components/documents/letters-card";
import { lettersOfObjection } from "@/lib/documents/queries";
import { CHANNEL_LABELS, OUTCOME_LABELS } from "@/lib/requests/labels";

export const metadata = { title: "Detail keberatan" };

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (<><dt className="font-medium text-slate-700">{label}</dt><dd className="mb-2 whitespace-pre-line">{children || "—"}</dd></>);
}

export default async function ObjectionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("readObjections");
  const o = await objectionDetail(user, (await params).id);
  if (!o) notFound();
  return (
    <div className="space-y-4">
      <p className="text-sm"><Link href="/staf/keberatan">← Keberatan</Link></p>
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">Keberatan {o.registrationNumber}</h1>
        <Badge tone="info">{OBJECTION_STATUS_LABELS[o.status]}</Badge>
        {o.late && <Badge tone="warning">{o.lateAcceptedAt ? "Terlambat, diterima" : "Diajukan terlambat"}</Badge>}
      </header>
      <div className="grid gap-4 xl:grid-cols-2">
        <div className="space-y-4">
          <Card title="Tenggat">
            <dl>
              <Row label="Alasan keberatan timbul">{formatDate(o.groundArose)}</Row>
              <Row label="Batas pengajuan keberatan">{formatDate(o.filingDueDate)}{o.late ? " (terlewati)" : ""}</Row>
              <Row label="Batas tanggapan Atasan PPID">{formatDate(o.answerDueDate)}</Row>
              {o.disputeDueDate && <Row label="Batas pengajuan sengketa">{formatDate(o.disputeDueDate)}</Row>}
              {o.lateAcceptanceNote && <Row label="Catatan penerimaan terlambat">{o.lateAcceptanceNote}</Row>}
              {o.holidayDataWarning && <Row label="Peringatan">{o.holidayDataWarning}</Row>}
            </dl>
          </Card>
          <ObjectionStaffActions role={user.role} objection={o} />
          {o.decision && (
            <LettersCard role={user.role} requestId={o.request.id} objectionId={o.id}
              letters={await lettersOfObjection(user, o.id)} />
          )}
        </div>
        <div className="space-y-4">
          <Card title="Keberatan">
            <dl>
              <Row label="Diterima">{formatDateTime(o.receivedAt)} — {CHANNEL_LABELS[o.channel]}</Row>
              <Row label="Permohonan"><Link href={`/staf/permohonan/${o.request.id}`}>{o.request.registrationNumber}</Link> — {o.request.applicantName}</Row>
              <Row label="Informasi yang diminta">{o.request.informationRequested}</Row>
              <Row label="Keputusan PPID">{o.request.outcome ? OUTCOME_LABELS[o.request.outcome] : "Belum ada pemberitahuan tertulis"}</Row>
              <Row label="Alasan (Pasal 35 ayat 1)"><ul>{o.grounds.map((g) => <li key={g}>{GROUND_LABELS[g]}</li>)}</ul></Row>
              <Row label="Uraian">{o.reasons}</Row>
              {o.viaProxy && <Row label="Kuasa">{o.proxyName}{o.proxyFile && <> — <a href={`/staf/berkas/${o.proxyFile.id}`}>{o.proxyFile.originalName}</a></>}</Row>}
            </dl>
          </Card>
          {o.decision && (
            <Card title="Tanggapan Atasan PPID">
              <dl>
                <Row label="Tanggapan">{DECISION_LABELS[o.decision]} ({formatDate(o.answerDate)})</Row>
                <Row label="Alasan">{o.decisionReasons}</Row>
                {o.orderedAction && <Row label="Wajib diberikan">{o.orderedAction}</Row>}
                <Row label="Atasan PPID">{o.atasanName} — {o.atasanPosition}</Row>
                {o.carriedOutAt && <Row label="Dilaksanakan PPID">{formatDateTime(o.carriedOutAt)}: {o.carriedOutNote}</Row>}
                {o.requesterReaction && <Row label="Tanggapan pemohon">{o.requesterReaction}</Row>}
              </dl>
            </Card>
          )}
          {o.settlementTerms && (
            <Card title="Penyelesaian secara musyawarah">
              <dl>
                <Row label="Tanggal kesepakatan">{formatDate(o.settledDate)}</Row>
                <Row label="Isi kesepakatan">{o.settlementTerms}</Row>
                <Row label="Dicatat">{formatDateTime(o.settledAt)}</Row>
                {o.requesterReaction && <Row label="Tanggapan pemohon">{o.requesterReaction}</Row>}
              </dl>
            </Card>
          )}
          {o.disputeStage && (
            <Card title="Sengketa">
              <dl>
                <Row label="Diajukan">{formatDate(o.disputeFiledDate)}{o.disputeFiledDate && o.disputeDueDate && o.disputeFiledDate > o.disputeDueDate ? " (melewati 14 hari kerja)" : ""}</Row>
                <Row label="Tahap">{DISPUTE_STAGE_LABELS[o.disputeStage]}</Row>
                <Row label="Hasil">{o.disputeResult}</Row>
              </dl>
            </Card>
          )}
        </div>
      </div>
    </div>
  );
}
