import Link from "next/link";
import { SYSTEM_ACTOR, type AuditFilters } from "@/lib/audit/filters";
import { auditEntityLabel } from "@/lib/audit/labels";
import { inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

type Options = { entityTypes: string[]; actors: { id: string; username: string; name: string }[] };

/** A plain GET form: filters live in the URL, so a filtered view can be bookmarked or shared. */
export function AuditFilterForm({ filters, options }: { filters: AuditFilters; options: Options }) {
  return (
    <form method="get" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_10rem_10rem_auto] lg:items-end">
      <label className="space-y-1 text-sm font-medium">
        <span className="block">Jenis data</span>
        <select name="entitas" defaultValue={filters.entityType ?? ""} className={inputClass}>
          <option value="">Semua</option>
          {options.entityTypes.map((type) => (
            <option key={type} value={type}>
              {auditEntityLabel(type)}
            </option>
          ))}
        </select>
      </label>
      <label className="space-y-1 text-sm font-medium">
        <span className="block">Pelaku</span>
        <select name="pelaku" defaultValue={filters.actor ?? ""} className={inputClass}>
          <option value="">Semua</option>
          <option value={SYSTEM_ACTOR}>Sistem / baris perintah</option>
          {options.actors.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name} ({actor.username})
            </option>
          ))}
        </select>
      </label>
      <label className="space-y-1 text-sm font-medium">
        <span className="block">Dari tanggal</span>
        <input type="date" name="dari" defaultValue={filters.from ?? ""} className={inputClass} />
      </label>
      <label className="space-y-1 text-sm font-medium">
        <span className="block">Sampai tanggal</span>
        <input type="date" name="sampai" defaultValue={filters.to ?? ""} className={inputClass} />
      </label>
      <div className="flex gap-2">
        <Button type="submit">Saring</Button>
        <Link href="/staf/log-audit" className="self-center text-sm">
          Hapus saringan
        </Link>
      </div>
    </form>
  );
}
