import "server-only";
import { chromium } from "playwright-core";

/**
 * Prints a self-contained HTML letter to an A4 PDF with the machine's headless Chromium (Debian's
 * /usr/bin/chromium, or CHROMIUM_PATH). Every network request is refused: a letter needs none,
 * and a letter must not be able to reach anywhere.
 */
export async function htmlToPdf(html: string): Promise<Buffer> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const page = await browser.newPage();
    await page.route("**/*", (route) => (route.request().url().startsWith("data:") ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: "load" });
    return await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
