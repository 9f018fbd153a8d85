import "server-only";
import { db } from "@/lib/db";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { zonedWallTimeToUtc } from "@/lib/datetime/zoned-to-utc";
import { todayInZone, compareCalendarDates } from "@/lib/deadlines";
import { getClockSettings } from "@/lib/settings/clock";
import type { FileLike } from "@/lib/files/limits";
import { normalizeRegistrationNumber } from "@/lib/requests/public-tracking";
import { parseOrRefuse, RuleError } from "@/lib/rule-error";
import { createObjection } from "./create-objection";
import { objectionContentSchema, offlineObjectionSchema } from "./schema";

/** Registers a paper keberatan received on `receivedDate` (office hours); returns its id. */
export async function registerPaperObjection(user: StaffUser, input: Record<string, unknown>, proxyFile: FileLike | null, now = new Date()): Promise<string> {
  assertPermission(user, "registerObjection");
  const meta = parseOrRefuse(offlineObjectionSchema, input);
  const content = parseOrRefuse(objectionContentSchema, input);
  const settings = await getClockSettings();
  if (compareCalendarDates(meta.receivedDate, todayInZone(now, settings.timeZone)) > 0) {
    throw RuleError.at("receivedDate", "Tanggal diterima tidak boleh di masa depan.");
  }
  const request = await db.informationRequest.findUnique({
    where: { registrationNumber: normalizeRegistrationNumber(meta.registrationNumber) },
    select: { id: true },
  });
  if (!request) throw RuleError.at("registrationNumber", "Nomor registrasi permohonan tidak ditemukan.");
  // A paper receipt is dated, not timed: counted as received at 08:00 office time that day.
  const receivedAt = zonedWallTimeToUtc(meta.receivedDate, "08:00", settings.timeZone);
  const created = await createObjection(content, { requestId: request.id, channel: meta.channel, receivedAt, actor: user, proxyFile });
  return created.id;
}
