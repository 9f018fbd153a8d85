import Link from "next/link";
import { CATEGORY_LABELS } from "@/lib/catalogue/labels";
import type { MonitoredItem } from "@/lib/catalogue/staff-queries";
import type { DipCategory } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/format/dates";
import { FreshnessBadge } from "./freshness-badge";

/** Items with their freshness; on a phone each row reads as a block. */
export function MonitorTable({ items, caption }: { items: MonitoredItem[]; caption: string }) {
  if (items.length === 0) return <p className="text-sm">Tidak ada item.</p>;
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-300 text-xs uppercase text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-3">Informasi</th>
            <th scope="col" className="py-2 pr-3">Penanggung jawab</th>
            <th scope="col" className="py-2 pr-3">Terakhir diperbarui</th>
            <th scope="col" className="py-2">Status</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {items.map((item) => (
            <tr key={item.id} data-item={item.slug}>
              <td className="py-2 pr-3">
                <Link href={`/staf/informasi/${item.id}`} className="font-medium">{item.title}</Link>
                <span className="block text-xs text-slate-600">
                  {CATEGORY_LABELS[item.category as DipCategory]}
                  {!item.published && " · belum tampil di portal"}
                </span>
              </td>
              <td className="py-2 pr-3">{item.responsibleOfficial}<span className="block text-xs text-slate-600">{item.unit}</span></td>
              <td className="py-2 pr-3">{formatDate(item.lastUpdatedAt)}</td>
              <td className="py-2">
                <FreshnessBadge freshness={item.freshness} withDate />
                {item.freshness.reasons.map((r) => <span key={r} className="block text-xs text-slate-700">{r}</span>)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
