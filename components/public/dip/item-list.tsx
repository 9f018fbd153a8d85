import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { CATEGORY_LABELS } from "@/lib/catalogue/labels";
import { exemptBasisText, publicItemPath } from "@/lib/catalogue/open-data";
import type { PublicItem } from "@/lib/catalogue/visibility";
import { formatDate } from "@/lib/format/dates";

/** Published items as cards (readable on a 360 px phone); exempt items show only title and basis. */
export function ItemList({ items }: { items: PublicItem[] }) {
  return (
    <ul className="space-y-3" aria-label="Daftar informasi">
      {items.map((item) => (
        <li key={item.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <div className="mb-1 flex flex-wrap items-center gap-2">
            <Badge tone={item.category === "DIKECUALIKAN" ? "danger" : item.category === "SERTA_MERTA" ? "warning" : "info"}>
              {CATEGORY_LABELS[item.category]}
            </Badge>
            <span className="text-xs text-slate-700">Terakhir diperbarui {formatDate(item.lastUpdatedAt)}</span>
          </div>
          <h3 className="font-semibold">
            <Link href={publicItemPath(item)}>{item.title}</Link>
          </h3>
          {item.exempt ? (
            <p className="text-sm text-slate-700">Informasi dikecualikan berdasarkan {exemptBasisText(item)}.</p>
          ) : (
            <p className="line-clamp-3 text-sm text-slate-800">{item.summary}</p>
          )}
        </li>
      ))}
    </ul>
  );
}
