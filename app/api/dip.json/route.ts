import { NextResponse } from "next/server";
import { listPublicItems } from "@/lib/catalogue/public-queries";
import { toOpenDataRow } from "@/lib/catalogue/open-data";
import { getAgencyProfile } from "@/lib/settings/agency";

export const dynamic = "force-dynamic";

/** The published Daftar Informasi Publik as open data (same content as /informasi). */
export async function GET() {
  const [items, agency] = await Promise.all([listPublicItems(), getAgencyProfile()]);
  return NextResponse.json(
    { badanPublik: agency.name, dibuat: new Date().toISOString(), jumlah: items.length, informasi: items.map(toOpenDataRow) },
    { headers: { "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" } },
  );
}
