import { db } from "@/lib/db";
import type { StaffUser } from "@/lib/auth/guard";
import { createDipItem } from "@/lib/catalogue/service";
import { listPublicItems } from "@/lib/catalogue/public-queries";
import { makeStaff } from "../admin/fixtures";
import { itemValues, marker } from "./fixtures";

// Full-text search ('simple' + unaccent): Indonesian words, any case, with or without accents,
// in titles, summaries and tags. Each item carries a unique marker word so the results of this file
// can be told apart from other files' data in the shared database.
const m = marker();
let ppid: StaffUser;
const ids: Record<string, string> = {};

beforeAll(async () => {
  ppid = await makeStaff("PPID");
  const make = async (key: string, values: Record<string, string>) => {
    ids[key] = (await createDipItem(ppid, itemValues(values), null)).id;
  };
  await make("kopi", { title: `Harga Kopi Bajawa ${m}`, summary: "Harga kopi arabika di Ngada.", tags: "komoditas" });
  await make("gula", { title: `Harga Bahan Pokok Mingguan ${m}`, summary: "Beras, gula pasir, dan minyak goreng di Kupang.", tags: "harga" });
  await make("ende", { title: `Pasar Rakyat Percontohan ${m}`, summary: "Pasar Mbongawani.", tags: "Ende, pasar" });
  await make("cafe", { title: `Katalog Café IKM ${m}`, summary: "Kedai kopi binaan.", tags: "" });
  await make("draft", { title: `Draf Kopi Bajawa ${m}`, publish: "" });
});
afterAll(() => db.$disconnect());

const found = async (q: string) => (await listPublicItems({ q: `${q} ${m}` })).map((i) => i.id);

it.each([
  ["Kopi Bajawa", ["kopi"]],
  ["kopi bajawa", ["kopi"]],
  ["KOPI", ["kopi", "cafe"]],
  ["harga gula pasir", ["gula"]],
  ["gula", ["gula"]],
  ["ende", ["ende"]],
  ["cafe", ["cafe"]],
  ["café", ["cafe"]],
  ["CAFÉ", ["cafe"]],
  ["harga", ["kopi", "gula"]],
  ["teh", []],
] as const)("%s finds %j (published only)", async (q, keys) => {
  expect((await found(q)).sort()).toEqual(keys.map((k) => ids[k]).sort());
});

it("finds words as they are typed, by prefix (Bajaw → Bajawa)", async () => {
  expect(await found("Bajaw")).toEqual([ids.kopi]);
});

it("ignores tsquery syntax typed by the public", async () => {
  expect(await found("kopi | !bajawa & (")).toEqual([ids.kopi]);
});

it("finds an item at once after an officer changes it (trigger keeps the vector current)", async () => {
  const newWord = marker();
  await db.dipItem.update({ where: { id: ids.ende }, data: { summary: `Pasar di Ende ${newWord}` } });
  expect((await listPublicItems({ q: newWord })).map((i) => i.id)).toEqual([ids.ende]);
});
