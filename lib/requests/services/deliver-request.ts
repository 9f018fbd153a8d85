import "server-only";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { calendarDateFromUtcDate } from "@/lib/deadlines";
import { startOfOfficeDay } from "@/lib/datetime/zoned-to-utc";
import { COPY_DELIVERY_LABELS } from "@/lib/requests/labels";
import { deliverSchema, type DeliverInput } from "@/lib/requests/process-schemas";
import { formatDate } from "@/lib/format/dates";
import { parseOrRefuse, RuleError } from "@/lib/rule-error";
import type { Untrusted } from "@/lib/requests/services/types";
import { runTransition } from "@/lib/requests/services/run-transition";
import { ACTION_PERMISSION } from "@/lib/requests/transitions";

/** Records the hand-over of granted information: date, method, what was given, cost. */
export async function deliverRequest(user: StaffUser, input: Untrusted<DeliverInput>, now = new Date()): Promise<void> {
  assertPermission(user, ACTION_PERMISSION.deliver);
  const data = parseOrRefuse(deliverSchema, input);
  await runTransition(user, "deliver", data.requestId, now, async ({ request, today, clock }) => {
    if (data.deliveredDate > today) {
      throw RuleError.at("deliveredDate", "Tanggal penyerahan tidak boleh di masa depan.");
    }
    const noticeDate = request.noticeDate ? calendarDateFromUtcDate(request.noticeDate) : null;
    if (noticeDate && data.deliveredDate < noticeDate) {
      throw RuleError.at("deliveredDate", `Tanggal penyerahan tidak boleh sebelum tanggal pemberitahuan (${formatDate(noticeDate)}).`);
    }
    return {
      data: {
        // The date is what the register shows; stored as the start of that office day.
        deliveredAt: startOfOfficeDay(data.deliveredDate, clock.settings.timeZone),
        deliveryMethod: data.deliveryMethod,
        deliveredInformation: data.deliveredInformation,
        costAmount: data.costAmount,
        paymentNote: data.paymentNote,
      },
      event: {
        type: "DELIVERED",
        note: `${COPY_DELIVERY_LABELS[data.deliveryMethod]}: ${data.deliveredInformation}`,
        data: { deliveredDate: data.deliveredDate, costAmount: data.costAmount },
      },
    };
  });
}
