import "server-only";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { zonedWallTimeToUtc } from "@/lib/datetime/zoned-to-utc";
import { UploadRejectedError } from "@/lib/files/save-upload";
import { getClockSettings } from "@/lib/settings/clock";
import { createInformationRequest, type CreatedRequest } from "@/lib/requests/create-request";
import { POWER_OF_ATTORNEY_FIELD } from "@/lib/requests/form-data";
import { offlineRequestSchema, splitLocalDateTime, type OfflineRequestValues } from "@/lib/requests/offline-schema";
import { parseOrRefuse, RuleError } from "@/lib/rule-error";
import type { Untrusted } from "@/lib/requests/services/types";

/**
 * Registers a request received by e-mail, letter, at the desk or by phone. The clock runs from the
 * real time of receipt the officer enters (office zone), not from the moment of typing.
 */
export async function registerOfflineRequest(
  user: StaffUser,
  input: Untrusted<OfflineRequestValues>,
  options: { submissionKey?: string | null; now?: Date } = {},
): Promise<CreatedRequest> {
  assertPermission(user, "registerRequest");
  const { channel, receivedAt: localReceivedAt, ...request } = parseOrRefuse(offlineRequestSchema, input);
  const { timeZone } = await getClockSettings();
  const { date, time } = splitLocalDateTime(localReceivedAt);
  const receivedAt = zonedWallTimeToUtc(date, time, timeZone);
  if (receivedAt.getTime() > (options.now ?? new Date()).getTime()) {
    throw RuleError.at("receivedAt", "Waktu penerimaan tidak boleh di masa depan.");
  }
  try {
    return await createInformationRequest(request, {
      channel,
      receivedAt,
      actor: user,
      submissionKey: options.submissionKey ?? null,
      powerOfAttorney: request.powerOfAttorney ?? null,
    });
  } catch (error) {
    if (error instanceof UploadRejectedError) throw RuleError.at(POWER_OF_ATTORNEY_FIELD, error.message);
    throw error;
  }
}
