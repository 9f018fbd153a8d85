import "server-only";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { calendarDateToUtcDate } from "@/lib/deadlines";
import { officeDateOf } from "@/lib/datetime/zoned-to-utc";
import { OUTCOME_LABELS } from "@/lib/requests/labels";
import { decideSchema, type DecideInput } from "@/lib/requests/process-schemas";
import { formatDate } from "@/lib/format/dates";
import { parseOrRefuse, RuleError } from "@/lib/rule-error";
import type { Untrusted } from "@/lib/requests/services/types";
import { runTransition } from "@/lib/requests/services/run-transition";
import { ACTION_PERMISSION } from "@/lib/requests/transitions";

/** Records the decision stated in the written notice (one of the five legal outcomes). */
export async function decideRequest(user: StaffUser, input: Untrusted<DecideInput>, now = new Date()): Promise<void> {
  assertPermission(user, ACTION_PERMISSION.decide);
  const data = parseOrRefuse(decideSchema, input);
  await runTransition(user, "decide", data.requestId, now, async ({ request, today, clock }) => {
    if (data.noticeDate > today) {
      throw RuleError.at("noticeDate", "Tanggal pemberitahuan tertulis tidak boleh di masa depan.");
    }
    const receivedDate = officeDateOf(request.receivedAt, clock.settings.timeZone);
    if (data.noticeDate < receivedDate) {
      throw RuleError.at("noticeDate", `Tanggal pemberitahuan tidak boleh sebelum permohonan diterima (${formatDate(receivedDate)}).`);
    }
    const { requestId: _requestId, noticeDate, ...decision } = data;
    return {
      data: { ...decision, noticeDate: calendarDateToUtcDate(noticeDate), status: "DIPUTUSKAN", decidedAt: now },
      event: {
        type: "DECIDED",
        note: [OUTCOME_LABELS[data.outcome], data.decisionNote].filter(Boolean).join(". "),
        data: { outcome: data.outcome, noticeDate, exemptionArticle: data.exemptionArticle },
      },
    };
  });
}
