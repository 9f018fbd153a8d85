import Link from "next/link";
import { OutboxTable } from "@/components/notifications/outbox-table";
import { requirePermission } from "@/lib/auth/guard";
import type { OutboxStatus } from "@/lib/generated/prisma/enums";
import { listOutbox, OUTBOX_STATUS_LABELS } from "@/lib/notifications/queries";
import { firstParam, type SearchParams } from "@/lib/http/search-params";

export const metadata = { title: "Kotak keluar surel" };
const STATUSES = Object.keys(OUTBOX_STATUS_LABELS) as OutboxStatus[];

export default async function OutboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("readOutbox");
  const status = firstParam((await searchParams).status);
  const rows = await listOutbox(user, STATUSES.includes(status as OutboxStatus) ? (status as OutboxStatus) : undefined);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Kotak keluar surel</h1>
      {!process.env.SMTP_URL && (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          SMTP belum dikonfigurasi (SMTP_URL): pesan tetap tersimpan di sini dan dikirim setelah SMTP diatur.
        </p>
      )}
      <nav aria-label="Saring status" className="flex flex-wrap gap-3 text-sm">
        <Link href="/staf/kotak-keluar">Semua</Link>
        {STATUSES.map((s) => <Link key={s} href={`/staf/kotak-keluar?status=${s}`}>{OUTBOX_STATUS_LABELS[s]}</Link>)}
      </nav>
      <OutboxTable rows={rows} />
    </div>
  );
}
