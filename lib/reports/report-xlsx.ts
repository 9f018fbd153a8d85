// The period report as a spreadsheet: every table on its own sheet under its title, figures as numbers. Pure.
import { workbookXlsx, type Sheet } from "@/lib/xlsx/workbook";
import { cellSheetValue } from "./report-cell";
import type { ReportDocument } from "./report-html";

export type ReportSheetsSource = Pick<ReportDocument, "heading" | "periodTitle" | "tables"> & { agency: { name: string } };

export function reportSheets(doc: ReportSheetsSource): Sheet[] {
  return doc.tables.map((t) => ({
    name: t.id,
    heading: [t.title],
    header: t.header,
    rows: t.rows.map((row) => row.map(cellSheetValue)),
  }));
}

export const reportXlsx = (doc: ReportSheetsSource): Buffer => workbookXlsx(reportSheets(doc));
