import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { getAuditDetail } from "@/lib/internal-audit/queries";
import { AUDIT_STATUS_LABELS } from "@/lib/internal-audit/labels";
import { periodLabel } from "@/lib/internal-audit/period";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { Card } from "@/components/ui/card";
import { AuditSectionCard } from "@/components/staff/oversight/audit-section-card";
import { ReviseAuditForm, SubmitAuditForm } from "@/components/staff/oversight/audit-lifecycle-forms";
import { FindingForm } from "@/components/staff/oversight/finding-form";
import { FindingsTable } from "@/components/staff/oversight/findings-table";
import { ScoreBadge } from "@/components/staff/oversight/score-badge";

export const metadata = { title: "Audit internal" };

export default async function AuditPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("readOversight");
  const detail = await getAuditDetail((await params).id);
  if (!detail) notFound();
  const { audit, revisions, result, owners, canScore, editable } = detail;
  const scores = new Map(audit.scores.map((s) => [s.itemId, s]));
  const latest = revisions[revisions.length - 1];
  const items = audit.instrument.sections.flatMap((s) => s.items);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Audit {periodLabel(audit.period)} — revisi {audit.revision}</h1>
      <Card>
        <dl className="grid gap-2 text-sm sm:grid-cols-[12rem_1fr]">
          <dt className="text-slate-600">Periode</dt><dd>{formatDate(audit.periodStart)} – {formatDate(audit.periodEnd)}</dd>
          <dt className="text-slate-600">Status</dt><dd data-testid="audit-status">{AUDIT_STATUS_LABELS[audit.status]}{audit.submittedAt && `, ${formatDateTime(audit.submittedAt)}`}</dd>
          <dt className="text-slate-600">Auditor</dt><dd>{audit.auditor.name}</dd>
          <dt className="text-slate-600">Instrumen</dt><dd>{audit.instrument.name}</dd>
          <dt className="text-slate-600">Nilai total (tertimbang)</dt>
          <dd data-testid="audit-total">{audit.status === "SUBMITTED" ? <ScoreBadge score={audit.totalScore} /> : <>{result.total !== null ? <ScoreBadge score={result.total} /> : <>sementara <ScoreBadge score={result.partial} /> ({result.unscored} butir belum dinilai)</>}</>}</dd>
          {audit.revisionReason && (<><dt className="text-slate-600">Alasan revisi</dt><dd>{audit.revisionReason}</dd></>)}
          {audit.summary && (<><dt className="text-slate-600">Ringkasan</dt><dd>{audit.summary}</dd></>)}
        </dl>
        {revisions.length > 1 && (
          <p className="mt-3 text-sm">
            Semua revisi periode ini:{" "}
            {revisions.map((r, i) => (
              <span key={r.id}>
                {i > 0 && " · "}
                {r.id === audit.id ? <strong>revisi {r.revision}</strong> : <Link href={`/staf/audit/${r.id}`}>revisi {r.revision}</Link>} ({AUDIT_STATUS_LABELS[r.status]})
              </span>
            ))}
          </p>
        )}
      </Card>
      {audit.instrument.sections.map((section) => (
        <AuditSectionCard key={section.id} auditId={audit.id} section={section} scores={scores} sectionScore={result.sections[section.id] ?? null} editable={editable} />
      ))}
      <Card title="Temuan">
        <FindingsTable rows={audit.findings} caption="Temuan audit ini" empty="Belum ada temuan pada audit ini." />
      </Card>
      {editable && <FindingForm auditId={audit.id} items={items.map((i) => ({ id: i.id, code: i.code }))} owners={owners.map((o) => ({ id: o.id, name: o.name, roleLabel: ROLE_LABELS[o.role] }))} />}
      {editable && <SubmitAuditForm auditId={audit.id} unscored={result.unscored} />}
      {canScore && audit.status === "SUBMITTED" && latest.id === audit.id && <ReviseAuditForm auditId={audit.id} />}
    </div>
  );
}
