// Reads the text of a PDF the way a person reading it would see it: one line per text row, pages in
// order. pdf.js (Mozilla's PDF renderer) parses Chromium's font subsets and ToUnicode maps, so the
// test checks the figures actually printed, not the HTML they came from.
export async function pdfText(data: Buffer): Promise<string> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = getDocument({ data: new Uint8Array(data) });
  const doc = await task.promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    const rows = new Map<number, { x: number; text: string }[]>();
    for (const item of content.items) {
      if (!("str" in item) || item.str.trim() === "") continue;
      const y = Math.round(item.transform[5]);
      rows.set(y, [...(rows.get(y) ?? []), { x: item.transform[4], text: item.str }]);
    }
    const lines = [...rows.entries()].sort((a, b) => b[0] - a[0]).map(([, parts]) => parts.sort((a, b) => a.x - b.x).map((p) => p.text).join(" "));
    pages.push(lines.join("\n"));
  }
  await task.destroy();
  return pages.join("\n\f\n");
}
