import "server-only";
import { db, type Db } from "@/lib/db";
import { catalogueFreshness } from "@/lib/catalogue/staff-queries";
import { formatDate } from "@/lib/format/dates";
import { enqueueMessages, staffAddresses, type OutgoingMessage } from "./enqueue";

const SUBJECT = {
  DUE_SOON: (title: string, due: string) => `[PPID] Informasi publik "${title}" perlu ditinjau sebelum ${due}`,
  OVERDUE: (title: string, due: string) => `[PPID] Informasi publik "${title}" terlambat diperbarui (jadwal ${due})`,
  BROKEN: (title: string) => `[PPID] Informasi publik "${title}" tidak dapat dibuka warga`,
} as const;

/**
 * E-mails the PPID about DIP items that need attention (due for review soon, overdue, or broken: a dead
 * link or missing file). The dedupe key holds the state and the review date (or, for a broken item, why),
 * so each situation is reported once, however often the job runs on however many instances.
 */
export async function enqueueCatalogueReminders(now = new Date(), client: Db = db): Promise<number> {
  const [items, ppid] = await Promise.all([catalogueFreshness(now, client), staffAddresses(client, ["PPID"])]);
  if (ppid.length === 0) return 0;
  const messages: OutgoingMessage[] = [];
  for (const item of items) {
    const { state, dueDate, reasons } = item.freshness;
    if (state === "FRESH") continue;
    const due = dueDate ? formatDate(dueDate) : "-";
    const subject = state === "BROKEN" ? SUBJECT.BROKEN(item.title) : SUBJECT[state](item.title, due);
    const body = [
      `${subject}.`,
      "",
      ...reasons.map((r) => `- ${r}`),
      `Unit: ${item.unit} — ${item.responsibleOfficial}`,
      `Di aplikasi: Staf → Daftar Informasi Publik → ${item.title}`,
      "",
      "Perbarui isinya atau catat verifikasi kemutakhiran pada item tersebut.",
    ].join("\n");
    const situation = state === "BROKEN" ? reasons.join("|") : dueDate;
    for (const to of ppid) messages.push({ dedupeKey: `dip-${state.toLowerCase()}:${item.id}:${situation}:${to}`, kind: `dip-${state.toLowerCase()}`, to, subject, body });
  }
  return enqueueMessages(client, messages);
}
