import Link from "next/link";
import { listActiveAnnouncements } from "@/lib/catalogue/public-queries";
import { publicItemPath } from "@/lib/catalogue/open-data";
import { getCatalogueSettings } from "@/lib/catalogue/settings";
import { formatDateTime } from "@/lib/format/dates";

/** Serta merta announcements (UU KIP Pasal 10) on every public page, newest first, with their time. */
export async function AnnouncementBanner() {
  const settings = await getCatalogueSettings();
  const items = await listActiveAnnouncements(settings.bannerDays);
  if (items.length === 0) return null;
  return (
    <section aria-label="Pengumuman serta merta" className="border-b-4 border-red-700 bg-red-50 text-red-950">
      <ul className="mx-auto max-w-5xl space-y-2 px-4 py-3">
        {items.map((item) => (
          <li key={item.id} className="text-sm sm:text-base">
            <span className="mr-2 inline-block rounded bg-red-700 px-2 py-0.5 text-xs font-bold uppercase text-white">Serta merta</span>
            <Link href={publicItemPath(item)} className="font-semibold text-red-950 underline">
              {item.title}
            </Link>
            <span className="block text-xs sm:inline sm:pl-2">Diumumkan {formatDateTime(item.publishedAt)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
