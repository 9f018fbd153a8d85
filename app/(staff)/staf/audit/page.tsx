import Link from "next/link";
import { requirePermission } from "@/lib/auth/guard";
import { listAudits } from "@/lib/internal-audit/queries";
import { AUDIT_STATUS_LABELS } from "@/lib/internal-audit/labels";
import { periodLabel } from "@/lib/internal-audit/period";
import { Card } from "@/components/ui/card";
import { CreateAuditForm } from "@/components/staff/oversight/create-audit-form";
import { ScoreBadge } from "@/components/staff/oversight/score-badge";

export const metadata = { title: "Audit internal" };

function currentHalfYear(now = new Date()): string {
  return `${now.getUTCFullYear()}-S${now.getUTCMonth() < 6 ? 1 : 2}`;
}

export default async function AuditListPage() {
  await requirePermission("readOversight");
  const { audits, canScore } = await listAudits();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Audit internal</h1>
      <p className="text-sm text-slate-700">
        Penilaian kepatuhan PPID dan petugas terhadap standar layanan informasi publik. <Link href="/staf/audit/banding">Bandingkan antarperiode</Link> · <Link href="/staf/temuan">Daftar temuan</Link> · <Link href="/staf/audit/instrumen">Instrumen audit</Link>
      </p>
      <Card title="Daftar audit">
        {audits.length === 0 ? (
          <p className="text-sm">Belum ada audit.</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {audits.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <Link href={`/staf/audit/${a.id}`} className="font-semibold">{periodLabel(a.period)} ({a.period}) — revisi {a.revision}</Link>
                  <span className="block text-xs text-slate-600">{AUDIT_STATUS_LABELS[a.status]} · auditor {a.auditor.name} · {a._count.findings} temuan terbuka</span>
                </span>
                <ScoreBadge score={a.totalScore} />
              </li>
            ))}
          </ul>
        )}
      </Card>
      {canScore && <CreateAuditForm suggestedPeriod={currentHalfYear()} />}
    </div>
  );
}
