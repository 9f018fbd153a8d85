// The period report as a spreadsheet: every table on its own sheet, headed by the agency, the report
// and its period (a sheet copied out of the workbook still says what it is), figures as numbers. Pure.
import { workbookXlsx, type Sheet } from "@/lib/xlsx/workbook";
import { cellSheetValue } from "./report-cell";
import type { ReportDocument } from "./report-html";

export type ReportSheetsSource = Pick<ReportDocument, "heading" | "periodTitle" | "tables" | "provisional"> & { agency: { name: string } };

export function reportSheets(doc: ReportSheetsSource): Sheet[] {
  return doc.tables.map((t) => ({
    name: t.id,
    heading: [doc.agency.name, doc.heading, `Periode ${doc.periodTitle}`, ...(doc.provisional ? [doc.provisional] : []), t.title],
    header: t.header,
    rows: t.rows.map((row) => row.map(cellSheetValue)),
  }));
}

export const reportXlsx = (doc: ReportSheetsSource): Buffer => workbookXlsx(reportSheets(doc));
