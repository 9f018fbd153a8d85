import { expect, test } from "@playwright/test";
import { logIn, staffContext } from "./support/staff";

test("a PETUGAS is refused at an ADMIN page", async ({ page }) => {
  await logIn(page, "petugas");
  await page.goto("/staf/admin/pengguna");
  await expect(page.getByText("Akses ditolak")).toBeVisible();
  await expect(page.getByRole("link", { name: "Pengguna & peran" })).toHaveCount(0);
});

// The server, not the UI, decides: a create-user form opened by an admin and then submitted with a
// PETUGAS session must be refused and create nothing.
test("an ADMIN action submitted with a PETUGAS session changes nothing", async ({ browser }) => {
  const username = `e2e.tolak.${Date.now()}`;
  const { context: adminContext, page } = await staffContext(browser, "admin");
  await page.goto("/staf/admin/pengguna/baru");
  await page.getByLabel("Nama pengguna").fill(username);
  await page.getByLabel("Nama lengkap").fill("Akun Yang Tidak Boleh Ada");
  await page.getByLabel("Peran").selectOption("ADMIN");
  await page.locator("#password").fill("Sandi-Sangat-Rahasia-2026");
  await page.getByLabel("Ulangi kata sandi").fill("Sandi-Sangat-Rahasia-2026");

  // Swap the browser's session for a PETUGAS session, then submit the admin's form.
  const { context: petugasContext } = await staffContext(browser, "petugas");
  const petugasCookies = await petugasContext.cookies();
  await adminContext.clearCookies();
  await adminContext.addCookies(petugasCookies);
  await page.getByRole("button", { name: "Buat akun" }).click();
  await expect(page.getByText("Akses ditolak")).toBeVisible();
  await petugasContext.close();
  await adminContext.close();

  // An admin confirms no such account exists.
  const { context: check, page: adminPage } = await staffContext(browser, "admin");
  await adminPage.goto("/staf/admin/pengguna");
  await expect(adminPage.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(adminPage.getByText(username)).toHaveCount(0);
  await check.close();
});
