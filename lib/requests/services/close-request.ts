import "server-only";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { closeSchema, type CloseInput } from "@/lib/requests/process-schemas";
import { parseOrRefuse } from "@/lib/rule-error";
import type { Untrusted } from "@/lib/requests/services/types";
import { runTransition } from "@/lib/requests/services/run-transition";
import { ACTION_PERMISSION } from "@/lib/requests/transitions";
import { db } from "@/lib/db";
import { ensureSurveyInvitation } from "@/lib/survey/invitations";

/** Closes a decided request (SELESAI); nothing can change afterwards. */
export async function closeRequest(user: StaffUser, input: Untrusted<CloseInput>, now = new Date()): Promise<void> {
  assertPermission(user, ACTION_PERMISSION.close);
  const data = parseOrRefuse(closeSchema, input);
  await runTransition(user, "close", data.requestId, now, async () => ({
    data: { status: "SELESAI", closedAt: now },
    event: { type: "CLOSED", note: data.note },
  }));
  // issue 5: the requester is invited to the SKM with a one-time link (e-mailed once).
  await db.$transaction((tx) => ensureSurveyInvitation(tx, data.requestId, now));
}
