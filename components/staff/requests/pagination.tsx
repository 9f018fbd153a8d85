import Link from "next/link";

/** Page links; `hrefFor` builds the URL of a page with the current filters kept. */
export function Pagination({ page, pageCount, total, hrefFor }: { page: number; pageCount: number; total: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return <p className="text-sm text-slate-600">{total} permohonan.</p>;
  const link = (target: number, label: string, rel?: string) =>
    target === page || target < 1 || target > pageCount ? (
      <span className="px-2 py-1 text-slate-400" aria-disabled="true">{label}</span>
    ) : (
      <Link href={hrefFor(target)} rel={rel} className="rounded px-2 py-1 hover:bg-brand-50">{label}</Link>
    );
  return (
    <nav aria-label="Halaman" className="flex flex-wrap items-center gap-2 text-sm">
      {link(1, "« Pertama")}
      {link(page - 1, "‹ Sebelumnya", "prev")}
      <span aria-current="page" className="px-2">Halaman {page} dari {pageCount} ({total} permohonan)</span>
      {link(page + 1, "Berikutnya ›", "next")}
      {link(pageCount, "Terakhir »")}
    </nav>
  );
}
