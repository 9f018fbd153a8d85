import { expect, test } from "@playwright/test";
import accounts from "../../prisma/seed/demo-accounts.json";
import { logIn } from "./support/staff";

// Every page in each role's menu opens on the demo data without an error: a broad net under the
// feature tests (a query that breaks on real data, a page that forgets a role).
for (const { username, role } of accounts.users) {
  test(`every menu page opens for ${role} (${username})`, async ({ page }) => {
    await logIn(page, username);
    const nav = page.getByRole("navigation", { name: "Menu staf" });
    const links = await nav.getByRole("link").evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).getAttribute("href")!));
    expect(links.length).toBeGreaterThan(3);
    for (const href of links) {
      const response = await page.goto(href);
      expect(response?.status(), href).toBeLessThan(400);
      await expect(page.getByRole("heading", { name: "Terjadi gangguan" }), href).toHaveCount(0);
      await expect(page.getByRole("heading", { level: 1 }).first(), href).toBeVisible();
    }
  });
}
