import Link from "next/link";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { CoverageList } from "@/components/public/dip/coverage-list";
import { ItemList } from "@/components/public/dip/item-list";
import { CATEGORY_BASIS, CATEGORY_LABELS, CATEGORY_SLUGS } from "@/lib/catalogue/labels";
import { listPublicItems } from "@/lib/catalogue/public-queries";
import { mandatoryCoverage } from "@/lib/catalogue/coverage";
import { paramText, type SearchParams } from "@/lib/http/search-params";

export const metadata = { title: "Daftar Informasi Publik" };


export default async function CataloguePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const kategori = paramText(params.kategori);
  const q = paramText(params.q);
  const category = CATEGORY_SLUGS[kategori] ?? null;
  const query = q.slice(0, 200);
  const [items, coverage] = await Promise.all([listPublicItems({ category, q: query }), mandatoryCoverage()]);
  const tabHref = (slug: string) => `/informasi?${new URLSearchParams({ ...(slug ? { kategori: slug } : {}), ...(query ? { q: query } : {}) })}`;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">Daftar Informasi Publik</h1>
        <p className="text-slate-800">
          Informasi yang wajib disediakan dan diumumkan menurut UU 14/2008. Setiap informasi mencantumkan tanggal terakhir diperbarui.
          Data terbuka: <a href="/api/dip.json">JSON</a> · <a href="/api/dip.csv">CSV</a>.
        </p>
      </header>
      <form role="search" action="/informasi" className="flex flex-col gap-2 sm:flex-row">
        {category && <input type="hidden" name="kategori" value={kategori} />}
        <label htmlFor="q" className="sr-only">Cari informasi</label>
        <input id="q" name="q" type="search" defaultValue={query} placeholder="Cari judul, ringkasan, atau kata kunci…" className={inputClass} />
        <button type="submit" className={buttonClass("primary")}>Cari</button>
      </form>
      <nav aria-label="Kategori informasi">
        <ul className="flex flex-wrap gap-2 text-sm">
          {[["", "Semua"] as const, ...Object.entries(CATEGORY_SLUGS).map(([slug, c]) => [slug, CATEGORY_LABELS[c]] as const)].map(([slug, label]) => (
            <li key={slug}>
              <Link href={tabHref(slug)} aria-current={slug === (category ? kategori : "") ? "page" : undefined}
                className="block rounded-full border border-brand-300 px-3 py-1 no-underline aria-[current=page]:bg-brand-700 aria-[current=page]:text-white">
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="hasil" className="space-y-3">
        <h2 id="hasil" className="text-lg font-semibold">
          {query ? `Hasil pencarian "${query}"` : category ? `Informasi ${CATEGORY_LABELS[category].toLowerCase()} (${CATEGORY_BASIS[category]})` : "Semua informasi"}{" "}
          <span className="text-sm font-normal text-slate-700">({items.length} informasi)</span>
        </h2>
        {items.length === 0 ? <p>Tidak ada informasi yang cocok. Coba kata lain atau ajukan <Link href="/permohonan">permohonan informasi</Link>.</p> : <ItemList items={items} />}
      </section>
      <Card title="Ketersediaan informasi wajib (Pasal 9 dan Pasal 11)">
        <CoverageList rows={coverage} />
      </Card>
    </div>
  );
}
