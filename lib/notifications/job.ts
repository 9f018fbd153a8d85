import "server-only";
import { deliverDueMessages } from "./deliver";
import { enqueueDeadlineReminders } from "./reminders";
import { smtpTransportFromEnv } from "./transport";

/**
 * One run of the scheduled notification job: queue deadline reminders, then deliver what is due.
 * Safe with several app instances at once (dedupe keys + FOR UPDATE SKIP LOCKED). Without SMTP
 * configured, messages stay in the outbox (staff outbox page).
 */
export async function runNotificationJob(now = new Date()) {
  const queued = await enqueueDeadlineReminders(now);
  const smtp = smtpTransportFromEnv();
  const delivery = smtp ? await deliverDueMessages(smtp.transport, smtp.from, now) : null;
  return { queued, delivery };
}
