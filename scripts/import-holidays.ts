// npm run holidays:import -- [path]   (default: prisma/data/holidays-id-2025-2026.json)
// Upserts holidays by date, marks the file's years complete, recomputes open requests' due dates.
// Safe to rerun; with a newer file it applies only what changed. Logic: lib/holidays/import-holidays.ts.
import path from "node:path";
import { CommandError, runCommand, withDatabase } from "./lib/script-database";
import { readHolidayFile } from "@/lib/holidays/holiday-file";
import { HOLIDAY_KIND_LABELS } from "@/lib/holidays/labels";
import { describeRecompute } from "@/lib/holidays/recompute-summary";

const DEFAULT_FILE = "prisma/data/holidays-id-2025-2026.json";
const USAGE = "Pemakaian: npm run holidays:import -- [berkas.json]";

runCommand(async () => {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    console.log(`${USAGE}\nTanpa argumen, berkas bawaan ${DEFAULT_FILE} yang diimpor.`);
    return;
  }
  if (args.length > 1 || args.some((arg) => arg.startsWith("-"))) throw new CommandError(USAGE);
  const filePath = path.resolve(args[0] ?? DEFAULT_FILE);
  const origin = path.relative(process.cwd(), filePath) || filePath;

  // The file is checked before any database is touched.
  const file = await readHolidayFile(filePath);
  const result = await withDatabase(async (db) => {
    // Loaded once DATABASE_URL is known (lib/db connects when first imported).
    const { importHolidays } = await import("@/lib/holidays/import-holidays");
    return importHolidays(db, file, origin);
  });

  console.log(`Impor hari libur dari ${origin}`);
  for (const h of result.added) console.log(`  + ditambahkan  ${h.date}  ${HOLIDAY_KIND_LABELS[h.kind]}: ${h.name}`);
  for (const c of result.changed) {
    console.log(`  ~ diubah       ${c.date}  ${HOLIDAY_KIND_LABELS[c.before.kind]}: ${c.before.name}`);
    console.log(`                 menjadi     ${HOLIDAY_KIND_LABELS[c.after.kind]}: ${c.after.name}`);
  }
  console.log(`Ringkasan: ${result.added.length} ditambahkan, ${result.changed.length} diubah, ${result.unchanged.length} tidak berubah.`);
  if (result.yearsMarked.length > 0) console.log(`Tahun ditandai lengkap: ${result.yearsMarked.join(", ")}.`);
  if (result.yearsAlreadyComplete.length > 0) console.log(`Tahun yang sudah lengkap sebelumnya: ${result.yearsAlreadyComplete.join(", ")}.`);
  if (result.yearsResourced.length > 0) console.log(`Sumber data diperbarui untuk tahun: ${result.yearsResourced.join(", ")}.`);
  console.log(describeRecompute(result.recompute));
});
