import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { DefinitionRows } from "@/components/public/definition-rows";
import { CATEGORY_BASIS, CATEGORY_LABELS } from "@/lib/catalogue/labels";
import { exemptBasisText, fileDownloadPath } from "@/lib/catalogue/open-data";
import { getPublicItem } from "@/lib/catalogue/public-queries";
import { formatDate, formatDateTime } from "@/lib/format/dates";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props) {
  const item = await getPublicItem((await params).slug);
  return { title: item?.title ?? "Informasi tidak ditemukan" };
}

const sizeLabel = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`);

export default async function CatalogueItemPage({ params }: Props) {
  const item = await getPublicItem((await params).slug);
  if (!item) notFound();
  const head = (
    <div className="space-y-2">
      <p className="text-sm"><Link href="/informasi">← Daftar Informasi Publik</Link></p>
      <Badge tone={item.exempt ? "danger" : "info"}>{CATEGORY_LABELS[item.category]} · {CATEGORY_BASIS[item.category]}</Badge>
      <h1 className="text-2xl font-bold">{item.title}</h1>
      <p className="text-sm text-slate-700">Terakhir diperbarui {formatDate(item.lastUpdatedAt)}</p>
    </div>
  );
  if (item.exempt) {
    return (
      <article className="space-y-4">
        {head}
        <DefinitionRows rows={[{ label: "Dasar pengecualian", value: exemptBasisText(item) }]} />
        <p className="text-slate-800">
          Isi informasi ini dikecualikan setelah uji konsekuensi oleh PPID. Anda tetap dapat mengajukan{" "}
          <Link href="/permohonan">permohonan informasi</Link>; setiap penolakan disertai alasan tertulis dan dapat diajukan keberatan.
        </p>
      </article>
    );
  }
  return (
    <article className="space-y-4">
      {head}
      <p className="whitespace-pre-line text-slate-900">{item.summary}</p>
      <DefinitionRows
        rows={[
          { label: "Unit pengelola", value: item.unit },
          { label: "Penanggung jawab", value: item.responsibleOfficial },
          { label: "Waktu dan tempat pembuatan", value: [item.madeWhen, item.madeWhere].filter(Boolean).join(", ") || "—" },
          { label: "Format tersedia", value: item.formats.join(", ") || "—" },
          { label: "Jangka waktu penyimpanan", value: item.retentionPeriod },
          { label: item.category === "SERTA_MERTA" ? "Diumumkan" : "Diterbitkan", value: formatDateTime(item.publishedAt) },
          { label: "Kata kunci", value: item.tags.join(", ") || "—" },
        ]}
      />
      {(item.files.length > 0 || item.linkUrl) && (
        <section aria-labelledby="unduhan" className="space-y-2">
          <h2 id="unduhan" className="text-lg font-semibold">Dokumen</h2>
          <ul className="list-disc space-y-1 pl-5">
            {item.files.map(({ file }) => (
              <li key={file.id}>
                <a href={fileDownloadPath(file.id)} download>Unduh {file.originalName}</a>{" "}
                <span className="text-sm text-slate-700">({file.mimeType.split("/").pop()?.toUpperCase().slice(0, 12)}, {sizeLabel(file.size)})</span>
              </li>
            ))}
            {item.linkUrl && (
              <li>
                <a href={item.linkUrl} rel="noopener noreferrer">Buka dokumen di {new URL(item.linkUrl).host}</a>
              </li>
            )}
          </ul>
        </section>
      )}
    </article>
  );
}
