import Link from "next/link";
import { requirePermission } from "@/lib/auth/guard";
import { hasPermission } from "@/lib/auth/roles";
import { getInboxView } from "@/lib/requests/staff-queries";
import { inboxHref, parseInboxFilter } from "@/lib/requests/inbox-filters";
import { InboxFiltersForm } from "@/components/staff/requests/inbox-filters-form";
import { InboxTable } from "@/components/staff/requests/inbox-table";
import { Pagination } from "@/components/staff/requests/pagination";
import { buttonClass } from "@/components/ui/button";
import type { SearchParams } from "@/lib/http/search-params";

export const metadata = { title: "Kotak masuk permohonan" };

export default async function InboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("readRequests");
  const filter = parseInboxFilter(await searchParams);
  const view = await getInboxView(filter);
  return (
    <div className="space-y-4">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Kotak masuk permohonan</h1>
        {hasPermission(user.role, "registerRequest") && (
          <Link href="/staf/permohonan/baru" className={buttonClass()}>Catat permohonan luring</Link>
        )}
      </header>
      <InboxFiltersForm filter={filter} />
      <InboxTable rows={view.rows} dates={view.dates} caption="Daftar permohonan, diurutkan menurut tenggat terdekat" />
      <Pagination page={view.page} pageCount={view.pageCount} total={view.total} hrefFor={(page) => inboxHref({ ...filter, page })} />
    </div>
  );
}
