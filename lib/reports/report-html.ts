// The period report as a self-contained A4 HTML document (kop surat, tables, IKM bar chart as inline
// SVG, signature block, page numbers in the @page margin). Printed to PDF by headless Chromium
// (lib/documents/pdf.ts) from the staff page's download and from `npm run report:month`. Pure.
import { escapeHtml } from "@/lib/documents/letter-html";
import { formatNip } from "@/lib/format/nip";
import { formatNrr } from "@/lib/survey/ikm-format";
import { cellText } from "./report-cell";
import type { ReportTable } from "./report-tables";

export type ReportDocument = {
  agency: { parentName: string; name: string; address: string; phone: string; email: string };
  heading: string;
  periodTitle: string;
  place: string;
  dateText: string;
  intro: string;
  /** Said when the period has not ended yet (also part of the intro); null for a closed period. */
  provisional: string | null;
  tables: ReportTable[];
  chart: { code: string; nrr: number }[];
  signatory: { name: string; title: string; nip: string };
};

/** Fixed-size SVG bars of NRR per unsur (0–4): vector, so it prints crisply. */
export function nrrChartSvg(data: { code: string; nrr: number }[]): string {
  if (data.length === 0) return "";
  const w = 600, h = 200, left = 30, bottom = 20, barW = (w - left) / data.length;
  const y = (v: number) => (h - bottom) * (1 - v / 4);
  const grid = [0, 1, 2, 3, 4].map((t) => `<line x1="${left}" x2="${w}" y1="${y(t)}" y2="${y(t)}" stroke="#ccc"/><text x="${left - 6}" y="${y(t) + 4}" font-size="10" text-anchor="end">${t}</text>`).join("");
  const bars = data.map((d, i) => {
    const x = left + i * barW + barW * 0.2;
    return `<rect x="${x}" y="${y(d.nrr)}" width="${barW * 0.6}" height="${h - bottom - y(d.nrr)}" fill="#1d4ed8"/><text x="${x + barW * 0.3}" y="${y(d.nrr) - 3}" font-size="10" text-anchor="middle">${formatNrr(d.nrr)}</text><text x="${x + barW * 0.3}" y="${h - 5}" font-size="10" text-anchor="middle">${escapeHtml(d.code)}</text>`;
  }).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" aria-label="Nilai rata-rata per unsur">${grid}${bars}</svg>`;
}

function table(t: ReportTable, chart: string): string {
  const body = t.rows.length
    ? t.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(cellText(c))}</td>`).join("")}</tr>`).join("")
    : `<tr><td colspan="${t.header.length}">Tidak ada.</td></tr>`;
  return `<section><h2>${escapeHtml(t.title)}</h2><table><thead><tr>${t.header.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead><tbody>${body}</tbody></table>${t.id === "skm" ? chart : ""}</section>`;
}

export function renderReportHtml(d: ReportDocument): string {
  const chart = nrrChartSvg(d.chart);
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${escapeHtml(d.heading)} ${escapeHtml(d.periodTitle)}</title><style>
@page { size: A4; margin: 18mm 18mm 20mm 22mm; @bottom-right { content: "Halaman " counter(page) " dari " counter(pages); font-size: 9pt; } @bottom-left { content: "${escapeHtml(d.heading)} ${escapeHtml(d.periodTitle)}"; font-size: 9pt; } }
body { font-family: "Liberation Serif", "Times New Roman", serif; font-size: 11pt; line-height: 1.35; color: #000; margin: 0; }
.kop { border-bottom: 3px double #000; padding-bottom: 6px; text-align: center; } .kop .name { font-size: 14pt; font-weight: bold; } .kop .contact { font-size: 9pt; }
h1 { font-size: 13pt; text-align: center; margin: 14px 0 2px; } .sub { text-align: center; margin: 0 0 10px; }
h2 { font-size: 11.5pt; margin: 14px 0 4px; } section { break-inside: avoid; }
table { width: 100%; border-collapse: collapse; } th, td { border: 1px solid #000; padding: 2px 5px; text-align: left; vertical-align: top; white-space: pre-line; } th { background: #eee; }
.sign { margin-top: 24px; margin-left: 55%; break-inside: avoid; } .sign .space { height: 20mm; } .sign .name { font-weight: bold; text-decoration: underline; }
</style></head><body>
<header class="kop"><div>${escapeHtml(d.agency.parentName.toUpperCase())}</div><div class="name">${escapeHtml(d.agency.name.toUpperCase())}</div>
<div class="contact">${escapeHtml(d.agency.address)} · Telp. ${escapeHtml(d.agency.phone)} · Surel ${escapeHtml(d.agency.email)}</div></header>
<h1>${escapeHtml(d.heading.toUpperCase())}</h1><p class="sub">Periode ${escapeHtml(d.periodTitle)}</p>
<p>${escapeHtml(d.intro)}</p>
${d.tables.map((t) => table(t, chart)).join("\n")}
<div class="sign"><div>${escapeHtml(d.place)}, ${escapeHtml(d.dateText)}</div><div>${escapeHtml(d.signatory.title)},</div><div class="space"></div><div class="name">${escapeHtml(d.signatory.name)}</div>${d.signatory.nip ? `<div>NIP ${escapeHtml(formatNip(d.signatory.nip))}</div>` : ""}</div>
</body></html>`;
}
