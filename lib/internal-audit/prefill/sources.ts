/**
 * Registry of the data sources that pre-fill audit items. An item names a source by key
 * (AuditItem.prefillSource). Sources whose data the system does not hold yet say so plainly and
 * never produce a number; a later feature adds its source here and the instrument picks it up.
 */
import { dipOverdue, objectionsOnTime } from "./catalogue-sources";
import { isRegisterComplete } from "./register-complete";
import { shareResult } from "./share-score";
import type { PrefillSource } from "./types";

const decidedInPeriod = (start: Date, end: Date) => ({ outcome: { not: null }, noticeDate: { gte: start, lte: end } }) as const;

const requestsOnTime: PrefillSource = {
  key: "REQUESTS_ON_TIME",
  label: "Permohonan dijawab dalam 10 hari kerja",
  async compute(client, { start, end }) {
    const rows = await client.informationRequest.findMany({
      where: decidedInPeriod(start, end),
      select: { noticeDate: true, noticeDueDate: true, dueDate: true },
    });
    // Day 10 (noticeDueDate); rows from before that column existed fall back to the due date in force.
    const onTime = rows.filter((r) => {
      const limit = r.noticeDueDate ?? r.dueDate;
      return r.noticeDate !== null && limit !== null && r.noticeDate.getTime() <= limit.getTime();
    }).length;
    return shareResult(onTime, rows.length, "permohonan yang diputus dijawab dalam 10 hari kerja");
  },
};

const registerCompleteness: PrefillSource = {
  key: "REGISTER_COMPLETENESS",
  label: "Kelengkapan register permohonan",
  async compute(client, { start, end }) {
    const rows = await client.informationRequest.findMany({
      where: decidedInPeriod(start, end),
      select: {
        applicantName: true, address: true, phone: true, email: true, occupation: true, informationRequested: true,
        purpose: true, outcome: true, noticeDate: true, informationForm: true, holderName: true,
        exemptionArticle: true, consequenceTestRef: true, redactionNote: true,
      },
    });
    const complete = rows.filter(isRegisterComplete).length;
    return shareResult(complete, rows.length, "baris register permohonan yang diputus terisi lengkap");
  },
};

export const PREFILL_SOURCES: Record<string, PrefillSource> = Object.fromEntries(
  [requestsOnTime, registerCompleteness, dipOverdue, objectionsOnTime].map((s) => [s.key, s]),
);
