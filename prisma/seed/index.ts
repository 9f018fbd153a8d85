// Demo data loader, run by `npm run demo` (scripts/start.mjs) as
//   tsx --conditions=react-server prisma/seed/index.ts      (DATABASE_URL set)
// Loads holidays (when missing), the demo accounts and 80 requests into an EMPTY database;
// with any user or request present it changes nothing and says so.
import { runCommand, withDatabase } from "../../scripts/lib/script-database";
import { formatTrackingCode } from "@/lib/requests/tracking-code";
import { DEMO_PASSWORD, DEMO_ACCOUNTS } from "./demo-accounts";
import { formatSummary } from "./summary";

runCommand(async () => {
  const result = await withDatabase(async (db) => {
    // Imported once DATABASE_URL is known (lib/db connects when first loaded).
    const { seedDemoData } = await import("./seed-demo");
    return seedDemoData(db);
  });
  if (result.skipped) {
    console.log(`Data demo dilewati: ${result.reason}.`);
    return;
  }
  console.log("Data demo dimuat.");
  if (result.holidaysImported) console.log("Hari libur 2025–2026 diimpor dari prisma/data/holidays-id-2025-2026.json.");
  console.log(`Akun demo (${result.users}), kata sandi ${DEMO_PASSWORD}: ${DEMO_ACCOUNTS.map((a) => `${a.username} (${a.role})`).join(", ")}`);
  for (const line of formatSummary(result.summary)) console.log(line);
  const { registrationNumber, trackingCode } = result.trackingExample;
  console.log(`Coba /lacak dengan nomor ${registrationNumber} dan kode ${formatTrackingCode(trackingCode)}.`);
});
