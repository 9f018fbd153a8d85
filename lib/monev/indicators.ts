import "server-only";
import { db, type Db } from "@/lib/db";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/audit/write-audit";
import { RuleError } from "@/lib/rule-error";
import { DEFAULT_MONEV_INDICATORS } from "./scoring";

/**
 * Sets up a year's indicators: a copy of the latest earlier year (indicators, weights, questions),
 * or the six default indicators with one question each when there is no earlier year.
 */
export async function setUpMonevYear(user: StaffUser, year: number, client: Db = db): Promise<void> {
  assertPermission(user, "completeMonev");
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw RuleError.at("year", "Tahun tidak valid.");
  await client.$transaction(async (tx) => {
    if ((await tx.monevIndicator.count({ where: { year } })) > 0) throw RuleError.at("year", `Indikator tahun ${year} sudah ditetapkan.`);
    const previous = await tx.monevIndicator.findFirst({ where: { year: { lt: year } }, orderBy: { year: "desc" }, select: { year: true } });
    const source = previous
      ? await tx.monevIndicator.findMany({ where: { year: previous.year }, orderBy: { order: "asc" }, select: { code: true, name: true, weight: true, order: true, questions: { orderBy: { order: "asc" }, select: { text: true, maxScore: true, order: true } } } })
      : DEFAULT_MONEV_INDICATORS.map((d, order) => ({ ...d, order, questions: [{ text: `Pemenuhan indikator ${d.name.toLowerCase()} sesuai kuesioner Komisi Informasi.`, maxScore: 4, order: 0 }] }));
    for (const ind of source) {
      await tx.monevIndicator.create({ data: { year, code: ind.code, name: ind.name, weight: ind.weight, order: ind.order, questions: { create: ind.questions } } });
    }
    await writeAudit(tx, user, { action: "MONEV_SETUP_YEAR", entityType: "MonevAssessment", entityId: null, after: { year, copiedFrom: previous?.year ?? "bawaan" } });
  });
}

/** New weights for a year (posted as weight-<indicatorId>); they must add up to 100 and the year must not be completed. */
export async function updateMonevWeights(user: StaffUser, year: number, form: Record<string, string>, client: Db = db): Promise<void> {
  assertPermission(user, "completeMonev");
  await client.$transaction(async (tx) => {
    const assessment = await tx.monevAssessment.findUnique({ where: { year }, select: { status: true } });
    if (assessment?.status === "SELESAI") throw new RuleError(`Penilaian ${year} sudah diselesaikan; bobot tidak dapat diubah.`);
    const indicators = await tx.monevIndicator.findMany({ where: { year }, select: { id: true, weight: true } });
    const errors: Record<string, string[]> = {};
    const weights = indicators.map((i) => {
      const value = Number((form[`weight-${i.id}`] ?? "").replace(",", "."));
      if (!Number.isFinite(value) || value <= 0 || value > 100) errors[`weight-${i.id}`] = ["Bobot lebih dari 0 dan paling besar 100."];
      return { id: i.id, before: i.weight, weight: value };
    });
    if (Object.keys(errors).length > 0) throw new RuleError("Periksa kembali bobot yang ditandai.", errors);
    const total = weights.reduce((sum, w) => sum + w.weight, 0);
    if (Math.abs(total - 100) > 1e-9) throw new RuleError(`Jumlah bobot harus 100% (sekarang ${total.toLocaleString("id-ID")}%).`);
    for (const w of weights) await tx.monevIndicator.update({ where: { id: w.id }, data: { weight: w.weight } });
    await writeAudit(tx, user, { action: "MONEV_SETUP_YEAR", entityType: "MonevAssessment", entityId: null, after: { year, weights } });
  });
}
