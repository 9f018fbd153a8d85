import { db } from "@/lib/db";
import { createDipItem } from "@/lib/catalogue/service";
import { listPublicItems } from "@/lib/catalogue/public-queries";
import { CSV_HEADER } from "@/lib/catalogue/open-data";
import { GET as getJson } from "@/app/api/dip.json/route";
import { GET as getCsv } from "@/app/api/dip.csv/route";
import { makeStaff } from "../admin/fixtures";
import { EXEMPT_SECRET, exemptValues, itemValues, marker } from "./fixtures";

afterAll(() => db.$disconnect());

/** Splits the CSV (";" separated, BOM, CRLF) written by lib/csv; enough for quoted fields without newlines. */
function parseCsv(text: string): string[][] {
  return text.replace(/^\uFEFF/, "").trim().split("\r\n").map((line) => {
    const cells: string[] = [];
    let cell = "", quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted && c === '"' && line[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = !quoted;
      else if (c === ";" && !quoted) { cells.push(cell); cell = ""; }
      else cell += c;
    }
    return [...cells, cell];
  });
}

it("JSON and CSV list exactly the published items the page lists, with the same fields", async () => {
  const ppid = await makeStaff("PPID");
  const open = await createDipItem(ppid, itemValues({ title: `Ringkasan LKjIP; "kinerja" ${marker()}` }), null);
  const exempt = await createDipItem(ppid, exemptValues(`Dokumen tender ${marker()}`), null);
  const draft = await createDipItem(ppid, itemValues({ publish: "" }), null);

  const page = await listPublicItems();
  const json = await (await getJson()).json();
  const csvResponse = await getCsv();
  expect(csvResponse.headers.get("content-type")).toMatch(/text\/csv/);
  const csvText = await csvResponse.text();
  const [header, ...rows] = parseCsv(csvText);

  expect(header).toEqual([...CSV_HEADER]);
  expect(json.jumlah).toBe(page.length);
  expect(json.informasi.map((r: { id: string }) => r.id)).toEqual(page.map((i) => i.id));
  expect(rows.map((r) => r[0])).toEqual(page.map((i) => i.id));
  expect(rows.map((r) => r[1])).toEqual(page.map((i) => i.title));
  expect(json.informasi.map((r: { judul: string }) => r.judul)).toEqual(page.map((i) => i.title));

  const ids = page.map((i) => i.id);
  expect(ids).toEqual(expect.arrayContaining([open.id, exempt.id]));
  expect(ids).not.toContain(draft.id);
  const exemptRow = json.informasi.find((r: { id: string }) => r.id === exempt.id);
  expect(exemptRow).toMatchObject({ ringkasan: "", berkas: [], dasarPengecualian: "UU KIP Pasal 17 huruf b" });
  expect(JSON.stringify(json)).not.toContain(EXEMPT_SECRET);
  expect(csvText).not.toContain(EXEMPT_SECRET);
});
