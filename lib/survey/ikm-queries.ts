import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import { officeRange, type ReportPeriod } from "@/lib/reports/period";
import { getClockSettings } from "@/lib/settings/clock";
import { computeIkm, weakUnsur, type IkmResult } from "./ikm";
import { sampleAdequacy, type SampleAdequacy } from "./sample-size";
import { answersOf } from "./schema";
import type { UnsurCode } from "./unsur";

export type PeriodIkm = {
  ikm: IkmResult;
  sample: SampleAdequacy;
  weak: UnsurCode[];
  followUps: { id: string; unsurCode: string; plan: string; responsible: string; targetDate: Date | null }[];
  suggestions: string[];
};

/**
 * IKM of a period: responses submitted in it, against the Krejcie–Morgan sample needed for the
 * period's service users (the requests received in it). Public data: no respondent is identifiable.
 * The one function behind /survei/hasil, the staff SKM page, /statistik and the reports.
 */
export async function periodIkm(period: ReportPeriod, client: Db | Tx = db): Promise<PeriodIkm> {
  const { timeZone } = await getClockSettings(client);
  const range = officeRange(period, timeZone);
  const where = { submittedAt: { gte: range.from, lt: range.to } };
  const [rows, serviceUsers, followUps] = await Promise.all([
    client.surveyResponse.findMany({ where, select: { u1: true, u2: true, u3: true, u4: true, u5: true, u6: true, u7: true, u8: true, u9: true, suggestion: true }, orderBy: { submittedAt: "asc" } }),
    client.informationRequest.count({ where: { receivedAt: { gte: range.from, lt: range.to } } }),
    client.surveyFollowUp.findMany({ where: { period: period.key }, orderBy: [{ unsurCode: "asc" }, { createdAt: "asc" }], select: { id: true, unsurCode: true, plan: true, responsible: true, targetDate: true } }),
  ]);
  const ikm = computeIkm(rows.map(answersOf));
  return {
    ikm,
    sample: sampleAdequacy(serviceUsers, rows.length),
    weak: weakUnsur(ikm),
    followUps,
    suggestions: rows.flatMap((r) => (r.suggestion ? [r.suggestion] : [])),
  };
}
