import "server-only";
import { checkDueLinks } from "@/lib/catalogue/scheduled-link-checks";
import { enqueueCatalogueReminders } from "./catalogue-reminders";
import { deliverDueMessages } from "./deliver";
import { enqueueDeadlineReminders } from "./reminders";
import { smtpTransportFromEnv } from "./transport";

/**
 * One run of the scheduled job: check a few stale DIP links (LINK_CHECK_JOB=off skips it, e.g. on an
 * office network without internet), queue deadline and DIP reminders, then deliver what is due.
 * Safe with several app instances at once (claims, dedupe keys, FOR UPDATE SKIP LOCKED). Without SMTP
 * configured, messages stay in the outbox (staff outbox page).
 */
export async function runNotificationJob(now = new Date()) {
  const linksChecked = process.env.LINK_CHECK_JOB === "off" ? 0 : await checkDueLinks(now);
  const queued = (await enqueueDeadlineReminders(now)) + (await enqueueCatalogueReminders(now));
  const smtp = smtpTransportFromEnv();
  const delivery = smtp ? await deliverDueMessages(smtp.transport, smtp.from, now) : null;
  return { linksChecked, queued, delivery };
}
