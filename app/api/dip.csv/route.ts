import { listPublicItems } from "@/lib/catalogue/public-queries";
import { CSV_HEADER, toCsvCells, toOpenDataRow } from "@/lib/catalogue/open-data";
import { toCsv } from "@/lib/csv/to-csv";

export const dynamic = "force-dynamic";

/** The published Daftar Informasi Publik as CSV (same rows as /api/dip.json). */
export async function GET() {
  const items = await listPublicItems();
  const csv = toCsv(CSV_HEADER, items.map((item) => toCsvCells(toOpenDataRow(item))));
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="daftar-informasi-publik.csv"',
      "Cache-Control": "no-store",
    },
  });
}
