import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import { calendarDateFromUtcDate } from "@/lib/deadlines";
import { officeDateOf } from "@/lib/datetime/zoned-to-utc";
import { getClockSettings } from "@/lib/settings/clock";
import type { RegisterRow } from "@/lib/requests/register-columns";
import { REGISTER_APPLICANT_COLUMNS, REGISTER_DECISION_COLUMNS, REGISTER_DELIVERY_COLUMNS } from "@/lib/requests/select-fragments";

export type RegisterRange = {
  /** Inclusive UTC instant (e.g. officeRange(...).from). */
  from: Date;
  /** Exclusive UTC instant. */
  to: Date;
};

/**
 * The register permohonan for requests received in [from, to), in registration order.
 * The one query behind the register page, its CSV export and the periodic reports: the caller
 * guards it (requirePermission / assertPermission); it only reads.
 */
export async function registerRows(range: RegisterRange, client: Db | Tx = db): Promise<RegisterRow[]> {
  const { timeZone } = await getClockSettings(client);
  const rows = await client.informationRequest.findMany({
    where: { receivedAt: { gte: range.from, lt: range.to } },
    orderBy: [{ year: "asc" }, { sequence: "asc" }],
    select: {
      id: true,
      registrationNumber: true,
      receivedAt: true,
      ...REGISTER_APPLICANT_COLUMNS,
      ...REGISTER_DECISION_COLUMNS,
      ...REGISTER_DELIVERY_COLUMNS,
    },
  });
  return rows.map(({ receivedAt, noticeDate, deliveredAt, ...rest }) => ({
    ...rest,
    receivedDate: officeDateOf(receivedAt, timeZone),
    // noticeDate is a @db.Date (UTC midnight); deliveredAt is an instant stored at office midnight.
    noticeDate: noticeDate ? calendarDateFromUtcDate(noticeDate) : null,
    deliveredDate: deliveredAt ? officeDateOf(deliveredAt, timeZone) : null,
  }));
}
