/**
 * A4 letter layout (kop surat, number, addressee, body, signature block) as a self-contained HTML
 * document: no external resources (the logo is a data: URL), so the browser prints it and headless
 * Chromium turns it into a PDF without network. Pure.
 */
import { formatNip } from "@/lib/format/nip";

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export type LetterBlock = { kind: "p"; text: string } | { kind: "rows"; rows: [label: string, value: string][] } | { kind: "list"; items: string[] };

export type LetterLayout = {
  agency: { parentName: string; name: string; address: string; phone: string; email: string; logoDataUrl: string | null };
  number: string;
  place: string;
  dateText: string;
  subject: string;
  addressee: string[];
  title: string;
  blocks: LetterBlock[];
  signatory: { position: string; name: string; nip: string };
};

const block = (b: LetterBlock) => {
  if (b.kind === "p") return `<p>${escapeHtml(b.text)}</p>`;
  if (b.kind === "list") return `<ol type="a">${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</ol>`;
  return `<table class="rows">${b.rows.map(([l, v]) => `<tr><td class="l">${escapeHtml(l)}</td><td>:</td><td>${escapeHtml(v)}</td></tr>`).join("")}</table>`;
};

export function renderLetterHtml(l: LetterLayout): string {
  const logo = l.agency.logoDataUrl ? `<img class="logo" src="${escapeHtml(l.agency.logoDataUrl)}" alt="Logo">` : "";
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${escapeHtml(l.title)} ${escapeHtml(l.number)}</title><style>
@page { size: A4; margin: 20mm 20mm 20mm 25mm; }
body { font-family: "Liberation Serif", "Times New Roman", serif; font-size: 12pt; line-height: 1.45; color: #000; margin: 0; }
.kop { display: flex; align-items: center; gap: 12px; border-bottom: 3px double #000; padding-bottom: 8px; text-align: center; }
.kop .logo { width: 22mm; height: auto; } .kop div { flex: 1; }
.kop .parent { font-size: 13pt; } .kop .name { font-size: 15pt; font-weight: bold; } .kop .contact { font-size: 10pt; }
.meta { margin-top: 14px; display: flex; justify-content: space-between; gap: 12px; }
h1 { font-size: 13pt; text-align: center; text-decoration: underline; margin: 18px 0 2px; } .num { text-align: center; margin: 0 0 14px; }
table.rows td { vertical-align: top; padding: 1px 4px; } table.rows td.l { width: 38%; }
.sign { margin-top: 28px; margin-left: 55%; } .sign .space { height: 22mm; } .sign .name { font-weight: bold; text-decoration: underline; }
@media screen { body { max-width: 210mm; margin: 16px auto; padding: 20mm; box-shadow: 0 0 6px #999; } }
</style></head><body>
<header class="kop">${logo}<div><div class="parent">${escapeHtml(l.agency.parentName.toUpperCase())}</div><div class="name">${escapeHtml(l.agency.name.toUpperCase())}</div>
<div class="contact">${escapeHtml(l.agency.address)} · Telp. ${escapeHtml(l.agency.phone)} · Surel ${escapeHtml(l.agency.email)}</div></div></header>
<div class="meta"><div>Perihal: ${escapeHtml(l.subject)}</div><div>${escapeHtml(l.place)}, ${escapeHtml(l.dateText)}</div></div>
<p>Kepada Yth.<br>${l.addressee.map(escapeHtml).join("<br>")}</p>
<h1>${escapeHtml(l.title)}</h1><p class="num">Nomor: ${escapeHtml(l.number)}</p>
${l.blocks.map(block).join("\n")}
<div class="sign"><div>${escapeHtml(l.signatory.position)},</div><div class="space"></div><div class="name">${escapeHtml(l.signatory.name)}</div>${l.signatory.nip ? `<div>NIP ${escapeHtml(formatNip(l.signatory.nip))}</div>` : ""}</div>
</body></html>`;
}
