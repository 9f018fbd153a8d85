// Next.js calls register() once per server instance. The notification job runs every minute in each
// instance; that is safe because enqueueing is idempotent and delivery claims rows with SKIP LOCKED.
// NOTIFICATION_JOB=off disables it (e.g. when an external scheduler runs scripts instead).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NOTIFICATION_JOB === "off" || !process.env.DATABASE_URL) return;
  const { runNotificationJob } = await import("./lib/notifications/job");
  const intervalMs = Number(process.env.NOTIFICATION_JOB_INTERVAL_MS ?? 60_000);
  const tick = () => runNotificationJob().catch((error) => console.error("notification job failed", error));
  setInterval(tick, intervalMs).unref();
}
