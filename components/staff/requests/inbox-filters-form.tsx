import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { STATUS_LABELS } from "@/lib/requests/labels";
import type { InboxFilter } from "@/lib/requests/inbox-filters";

/** A plain GET form: the filters end up in the URL, so every view can be bookmarked. */
export function InboxFiltersForm({ filter }: { filter: InboxFilter }) {
  return (
    <form method="get" action="/staf/permohonan" role="search" aria-label="Saring permohonan" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4 lg:items-end">
      <div className="space-y-1 lg:col-span-2">
        <label htmlFor="q" className="block text-sm font-medium">Cari nomor registrasi atau nama pemohon</label>
        <input id="q" name="q" type="search" defaultValue={filter.q} className={inputClass} placeholder="mis. 0007/PMH atau Maria" />
      </div>
      <div className="space-y-1">
        <label htmlFor="status" className="block text-sm font-medium">Status</label>
        <select id="status" name="status" defaultValue={filter.status} className={inputClass}>
          <option value="aktif">Belum diputuskan (aktif)</option>
          {Object.entries(STATUS_LABELS).map(([value, label]) => (
            <option key={value} value={value}>{label}</option>
          ))}
          <option value="semua">Semua status</option>
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="tenggat" className="block text-sm font-medium">Tenggat</label>
        <select id="tenggat" name="tenggat" defaultValue={filter.due ?? ""} className={inputClass}>
          <option value="">Semua</option>
          <option value="segera">Jatuh tempo ≤ 3 hari kerja</option>
          <option value="terlambat">Terlambat</option>
        </select>
      </div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-4">
        <label className="flex min-h-11 items-center gap-2 text-sm">
          <input type="checkbox" name="saya" value="1" defaultChecked={filter.mine} className="h-5 w-5" />
          Ditugaskan kepada saya
        </label>
        <button type="submit" className={buttonClass()}>Terapkan</button>
        <Link href="/staf/permohonan" className="text-sm">Atur ulang</Link>
      </div>
    </form>
  );
}
