import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import accounts from "../../../prisma/seed/demo-accounts.json";

export const DEMO_PASSWORD = accounts.password;

export function demoUserName(username: string): string {
  const user = accounts.users.find((u) => u.username === username);
  if (!user) throw new Error(`no demo account ${username}`);
  return user.name;
}

/** Logs in through the real login form, as an officer would. */
export async function logIn(page: Page, username: string) {
  await page.goto("/masuk");
  await page.getByLabel("Nama pengguna").fill(username);
  await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/staf/);
}

export async function staffContext(browser: Browser, username: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await logIn(page, username);
  return { context, page };
}
