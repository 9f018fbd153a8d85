import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { StaffUser } from "@/lib/auth/guard";
import { monitorItems, remindersOf } from "@/lib/catalogue/staff-queries";
import { FreshnessBadge } from "./freshness-badge";

/**
 * Reminders to responsible officials before and after an item falls due. Shown on the dashboard
 * until the notification outbox exists (issue 4 → issue 3).
 */
export async function DashboardReminders({ user }: { user: StaffUser }) {
  const reminders = remindersOf(await monitorItems(user));
  return (
    <Card title="Pengingat Daftar Informasi Publik">
      {reminders.length === 0 ? (
        <p className="text-sm">Semua informasi publik mutakhir.</p>
      ) : (
        <ul className="divide-y divide-slate-200 text-sm" aria-label="Informasi yang perlu diperbarui">
          {reminders.slice(0, 10).map((item) => (
            <li key={item.id} className="flex flex-col gap-1 py-2 sm:flex-row sm:items-center sm:justify-between">
              <span>
                <Link href={`/staf/informasi/${item.id}`}>{item.title}</Link>
                <span className="block text-xs text-slate-700">Untuk: {item.responsibleOfficial} · {item.freshness.reasons.join(" ")}</span>
              </span>
              <FreshnessBadge freshness={item.freshness} withDate />
            </li>
          ))}
        </ul>
      )}
      <p className="mt-2 text-sm"><Link href="/staf/informasi">Pemantauan lengkap ({reminders.length} perlu tindakan)</Link></p>
    </Card>
  );
}
