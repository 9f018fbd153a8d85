import Link from "next/link";
import { requirePermission } from "@/lib/auth/guard";
import { listFindings } from "@/lib/internal-audit/queries";
import { Card } from "@/components/ui/card";
import { FindingsTable } from "@/components/staff/oversight/findings-table";
import { firstParam, type SearchParams } from "@/lib/http/search-params";

export const metadata = { title: "Temuan audit" };

const FILTERS = { TERBUKA: "Terbuka", DITUTUP: "Ditutup", SEMUA: "Semua" } as const;
type Filter = keyof typeof FILTERS;

export default async function FindingsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("readOversight");
  const raw = firstParam((await searchParams).status) ?? "TERBUKA";
  const status: Filter = raw in FILTERS ? (raw as Filter) : "TERBUKA";
  const { findings } = await listFindings(status);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Temuan audit</h1>
      <nav aria-label="Saring temuan" className="flex flex-wrap gap-3 text-sm">
        {(Object.keys(FILTERS) as Filter[]).map((key) => (
          <Link key={key} href={`/staf/temuan?status=${key}`} aria-current={key === status ? "page" : undefined} className={key === status ? "font-bold" : ""}>
            {FILTERS[key]}
          </Link>
        ))}
      </nav>
      <Card>
        <FindingsTable rows={findings} caption={`Temuan ${FILTERS[status].toLowerCase()}`} empty="Tidak ada temuan." />
      </Card>
    </div>
  );
}
