// npm run report:month -- 2026-11 [berkas.pdf]   (also 2026-S1, 2026-Q4, 2026)
// Writes the evaluation report of a period as an A4 PDF without a browser session (for scheduled
// runs). Same engine as /staf/laporan: lib/reports/report-document.ts.
import fs from "node:fs";
import path from "node:path";
import { CommandError, runCommand, withDatabase } from "./lib/script-database";
import { parseReportPeriod } from "@/lib/reports/period";

const USAGE = "Pemakaian: npm run report:month -- <YYYY-MM | YYYY-Qn | YYYY-Sn | YYYY> [berkas.pdf]";

runCommand(async () => {
  const [key, out] = process.argv.slice(2);
  if (!key || key === "--help" || key === "-h") throw new CommandError(USAGE);
  const period = parseReportPeriod(key);
  if (!period) throw new CommandError(`Periode "${key}" tidak dikenal. ${USAGE}`);
  const pdf = await withDatabase(async () => {
    const { buildPeriodReport } = await import("@/lib/reports/period-report");
    const { periodReportPdf } = await import("@/lib/reports/report-document");
    return periodReportPdf(await buildPeriodReport(period));
  });
  const { reportFilename } = await import("@/lib/reports/report-document");
  const file = path.resolve(out ?? reportFilename(period, "pdf"));
  fs.writeFileSync(file, pdf);
  console.log(`Laporan ${key} ditulis ke ${file} (${pdf.length} bita).`);
});
