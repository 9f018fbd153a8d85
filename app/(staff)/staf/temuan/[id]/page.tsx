import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { getFinding } from "@/lib/internal-audit/queries";
import { FINDING_STATUS_LABELS, SEVERITY_LABELS } from "@/lib/internal-audit/labels";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { Card } from "@/components/ui/card";
import { FollowUpForm } from "@/components/staff/oversight/follow-up-form";

export const metadata = { title: "Temuan audit" };

export default async function FindingPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("readOversight");
  const data = await getFinding((await params).id);
  if (!data) notFound();
  const { finding, mayFollowUp } = data;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{finding.title}</h1>
      <Card>
        <dl className="grid gap-2 text-sm sm:grid-cols-[12rem_1fr]">
          <dt className="text-slate-600">Status</dt><dd data-testid="finding-status">{FINDING_STATUS_LABELS[finding.status]}{finding.closedAt && `, ${formatDateTime(finding.closedAt)}`}</dd>
          <dt className="text-slate-600">Tingkat</dt><dd>{SEVERITY_LABELS[finding.severity]}</dd>
          <dt className="text-slate-600">Penanggung jawab</dt><dd>{finding.owner.name}</dd>
          <dt className="text-slate-600">Batas waktu</dt><dd>{formatDate(finding.dueDate)}</dd>
          <dt className="text-slate-600">Audit</dt><dd><Link href={`/staf/audit/${finding.audit.id}`}>{finding.audit.period} (revisi {finding.audit.revision})</Link>{finding.item && ` · butir ${finding.item.code}`}</dd>
          <dt className="text-slate-600">Uraian</dt><dd>{finding.description}</dd>
        </dl>
      </Card>
      <Card title="Tindak lanjut">
        {finding.followUps.length === 0 ? (
          <p className="text-sm">Belum ada tindak lanjut.</p>
        ) : (
          <ol className="space-y-3">
            {finding.followUps.map((f) => (
              <li key={f.id} className="border-l-4 border-brand-300 pl-3 text-sm">
                <p>{f.note}</p>
                {f.evidenceLink && <a href={f.evidenceLink} rel="noreferrer noopener" target="_blank">{f.evidenceLink}</a>}
                <p className="text-xs text-slate-600">{f.actor.name}, {formatDateTime(f.at)}{f.closes && " — temuan ditutup"}</p>
              </li>
            ))}
          </ol>
        )}
      </Card>
      {mayFollowUp && <FollowUpForm findingId={finding.id} />}
    </div>
  );
}
