import Link from "next/link";
import { requirePermission } from "@/lib/auth/guard";
import { getClockSettings } from "@/lib/settings/clock";
import { auditFilterOptions, listAuditEntries } from "@/lib/audit/queries";
import { auditFilterQuery, parseAuditFilters } from "@/lib/audit/filters";
import { Card } from "@/components/ui/card";
import { AuditFilterForm } from "@/components/staff/admin/audit-filter-form";
import { AuditEntryList } from "@/components/staff/admin/audit-entry-list";
import type { SearchParams } from "@/lib/http/search-params";

export const metadata = { title: "Log audit" };

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("readAuditLog");
  const filters = parseAuditFilters(await searchParams);
  const { timeZone } = await getClockSettings();
  const [{ entries, total, pageCount }, options] = await Promise.all([listAuditEntries(user, filters, timeZone), auditFilterOptions(user)]);
  const page = Math.min(filters.page, pageCount);

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Log audit</h1>
      <p className="text-sm text-slate-700">
        Catatan setiap perubahan oleh staf, terbaru di atas. Log ini hanya dapat dibaca: basis data menolak setiap upaya mengubah
        atau menghapusnya.
      </p>
      <Card>
        <AuditFilterForm filters={filters} options={options} />
      </Card>
      <Card title={`${total} catatan`}>
        <AuditEntryList entries={entries} timeZone={timeZone} />
        {pageCount > 1 && (
          <nav aria-label="Halaman log audit" className="mt-4 flex items-center justify-between text-sm">
            {page > 1 ? <Link href={`/staf/log-audit${auditFilterQuery(filters, page - 1)}`}>← Lebih baru</Link> : <span />}
            <span>
              Halaman {page} dari {pageCount}
            </span>
            {page < pageCount ? <Link href={`/staf/log-audit${auditFilterQuery(filters, page + 1)}`}>Lebih lama →</Link> : <span />}
          </nav>
        )}
      </Card>
    </div>
  );
}
