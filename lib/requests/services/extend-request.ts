import "server-only";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { extendSchema, type ExtendInput } from "@/lib/requests/process-schemas";
import { parseOrRefuse } from "@/lib/rule-error";
import type { Untrusted } from "@/lib/requests/services/types";
import { runTransition } from "@/lib/requests/services/run-transition";
import { ACTION_PERMISSION } from "@/lib/requests/transitions";

/** Extends the notice deadline once by the extension working days (UU KIP Pasal 22(8)), with reasons. */
export async function extendRequest(user: StaffUser, input: Untrusted<ExtendInput>, now = new Date()): Promise<void> {
  assertPermission(user, ACTION_PERMISSION.extend);
  const data = parseOrRefuse(extendSchema, input);
  await runTransition(user, "extend", data.requestId, now, async () => ({
    data: { extendedAt: now, extensionReason: data.reason },
    event: { type: "EXTENDED", note: data.reason },
    recomputeDeadlines: true,
  }));
}
