import "server-only";
import { db } from "@/lib/db";
import { requirePermission } from "@/lib/auth/guard";
import { hasPermission } from "@/lib/auth/roles";
import { scoreAudit } from "./scoring";
import { loadScoredItems } from "./services/score-audit";

export async function listAudits() {
  const user = await requirePermission("readOversight");
  const audits = await db.internalAudit.findMany({
    orderBy: [{ period: "desc" }, { revision: "desc" }],
    select: {
      id: true, period: true, revision: true, status: true, totalScore: true, submittedAt: true,
      auditor: { select: { name: true } },
      _count: { select: { findings: { where: { status: "TERBUKA" } } } },
    },
  });
  return { user, canScore: hasPermission(user.role, "scoreAudit"), audits };
}

export async function getAuditDetail(id: string) {
  const user = await requirePermission("readOversight");
  const audit = await db.internalAudit.findUnique({
    where: { id },
    select: {
      id: true, period: true, periodStart: true, periodEnd: true, revision: true, revisionOfId: true, revisionReason: true,
      status: true, summary: true, totalScore: true, submittedAt: true, auditor: { select: { name: true } },
      instrument: {
        select: {
          name: true,
          sections: {
            orderBy: { order: "asc" },
            select: { id: true, standard: true, title: true, items: { orderBy: { order: "asc" }, select: { id: true, code: true, question: true, weight: true, maxScore: true, levels: true, prefillSource: true } } },
          },
        },
      },
      scores: { select: { itemId: true, score: true, prefillScore: true, prefillFigure: true, overrideReason: true, note: true, evidenceLink: true, evidenceFileId: true } },
      findings: {
        orderBy: { createdAt: "asc" },
        select: { id: true, title: true, severity: true, status: true, dueDate: true, owner: { select: { name: true } }, item: { select: { code: true } } },
      },
    },
  });
  if (!audit) return null;
  const [revisions, result, owners] = await Promise.all([
    db.internalAudit.findMany({ where: { period: audit.period }, orderBy: { revision: "asc" }, select: { id: true, revision: true, status: true, totalScore: true } }),
    loadScoredItems(db, audit.id).then(scoreAudit),
    db.user.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true, role: true } }),
  ]);
  const canScore = hasPermission(user.role, "scoreAudit");
  return { user, audit, revisions, result, owners, canScore, editable: canScore && audit.status === "DRAFT" };
}

export type AuditDetail = NonNullable<Awaited<ReturnType<typeof getAuditDetail>>>;

/** Newest submitted revision of each period, side by side: total and per-standard scores. */
export async function comparePeriods() {
  await requirePermission("readOversight");
  const audits = await db.internalAudit.findMany({
    where: { status: "SUBMITTED" },
    orderBy: [{ period: "asc" }, { revision: "desc" }],
    select: { id: true, period: true, revision: true, totalScore: true, instrument: { select: { sections: { orderBy: { order: "asc" }, select: { id: true, standard: true, title: true } } } } },
  });
  const latest = audits.filter((a, i) => audits.findIndex((b) => b.period === a.period) === i);
  const columns = await Promise.all(
    latest.map(async (a) => {
      const result = scoreAudit(await loadScoredItems(db, a.id));
      const byStandard = Object.fromEntries(a.instrument.sections.map((s) => [s.standard, result.sections[s.id] ?? null]));
      return { id: a.id, period: a.period, revision: a.revision, total: a.totalScore, byStandard };
    }),
  );
  const standards = [...new Map(latest.flatMap((a) => a.instrument.sections).map((s) => [s.standard, s.title])).entries()];
  return { columns, standards };
}

const findingSelect = {
  id: true, title: true, description: true, severity: true, status: true, dueDate: true, closedAt: true, ownerId: true,
  owner: { select: { name: true } },
  audit: { select: { id: true, period: true, revision: true } },
  item: { select: { code: true, question: true } },
} as const;

export async function listFindings(status: "TERBUKA" | "DITUTUP" | "SEMUA" = "TERBUKA") {
  const user = await requirePermission("readOversight");
  const findings = await db.auditFinding.findMany({
    where: status === "SEMUA" ? {} : { status },
    orderBy: [{ status: "asc" }, { dueDate: "asc" }],
    select: findingSelect,
  });
  return { user, findings };
}

export async function getFinding(id: string) {
  const user = await requirePermission("readOversight");
  const finding = await db.auditFinding.findUnique({
    where: { id },
    select: { ...findingSelect, followUps: { orderBy: { at: "asc" }, select: { id: true, note: true, evidenceLink: true, closes: true, at: true, actor: { select: { name: true } } } } },
  });
  if (!finding) return null;
  const mayFollowUp = finding.status === "TERBUKA" && (finding.ownerId === user.id || hasPermission(user.role, "scoreAudit"));
  return { user, finding, mayFollowUp };
}

/** For the staff dashboard: open findings, the signed-in officer's own first. */
export async function openFindingsForDashboard() {
  const user = await requirePermission("readOversight");
  const findings = await db.auditFinding.findMany({ where: { status: "TERBUKA" }, orderBy: { dueDate: "asc" }, select: findingSelect, take: 20 });
  const mine = findings.filter((f) => f.ownerId === user.id);
  return { mine, others: findings.filter((f) => f.ownerId !== user.id) };
}
