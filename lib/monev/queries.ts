import "server-only";
import { db } from "@/lib/db";
import { requirePermission } from "@/lib/auth/guard";
import { hasPermission } from "@/lib/auth/roles";
import { loadMonevYear, resultOf } from "./assessment";
import { finalMonevScore } from "./scoring";

/** One year's questionnaire, answers and result, plus every completed year for comparison. */
export async function getMonevView(year: number) {
  const user = await requirePermission("readOversight");
  const data = await loadMonevYear(year);
  const result = resultOf(data);
  const years = await db.monevIndicator.findMany({ distinct: ["year"], orderBy: { year: "desc" }, select: { year: true } });
  const completed = await db.monevAssessment.findMany({ where: { status: "SELESAI" }, orderBy: { year: "asc" }, select: { year: true, selfScore: true, visitScore: true } });
  const history = await Promise.all(
    completed.map(async (a) => {
      const r = resultOf(await loadMonevYear(a.year));
      const final = a.selfScore === null ? null : finalMonevScore(a.selfScore, a.visitScore);
      return { year: a.year, selfScore: a.selfScore, visitScore: a.visitScore, final, indicators: r.indicators };
    }),
  );
  const assessment = data.assessment;
  const final = assessment?.status === "SELESAI" && assessment.selfScore !== null ? finalMonevScore(assessment.selfScore, assessment.visitScore) : null;
  return {
    data,
    result,
    final,
    history,
    years: years.map((y) => y.year),
    canManage: hasPermission(user.role, "completeMonev"),
    canEdit: hasPermission(user.role, "completeMonev") && assessment?.status !== "SELESAI",
    canEnterVisit: hasPermission(user.role, "completeMonev") && assessment?.status === "SELESAI",
  };
}

export type MonevView = Awaited<ReturnType<typeof getMonevView>>;
