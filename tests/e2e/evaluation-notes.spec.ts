import { expect, test } from "@playwright/test";
import { staffContext } from "./support/staff";

// Issue 5, kendala log: a note written while looking at a past month is dated in that month, a
// future date is refused at its field with the rest kept, and a saved note is listed, corrected
// (its audit keeps the old text) and removed.
test("the PPID records a kendala for a past month, corrects it, sees it in the report and removes it", async ({ browser }) => {
  const first = new Date();
  first.setUTCDate(1);
  first.setUTCMonth(first.getUTCMonth() - 2);
  const month = first.toISOString().slice(0, 7);
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
  const { context, page } = await staffContext(browser, "ppid");
  await page.goto(`/staf/evaluasi?periode=${month}`);
  const form = page.locator("form", { has: page.getByRole("heading", { name: "Catat kendala atau rekomendasi" }) });
  await expect(form.getByLabel("Tanggal")).toHaveValue(lastDay);

  const description = `Pemindai arsip rusak (uji ${Date.now()}).`;
  await form.getByLabel("Tanggal").fill("2099-01-05");
  await form.getByLabel("Kategori / bidang").fill("Sarana");
  await form.getByLabel("Uraian").fill(description);
  await form.getByRole("button", { name: "Simpan catatan" }).click();
  await expect(form.getByText(/Tanggal tidak boleh melewati hari ini/)).toBeVisible();
  await expect(form.getByLabel("Uraian")).toHaveValue(description);

  await form.getByLabel("Tanggal").fill(lastDay);
  await form.getByRole("button", { name: "Simpan catatan" }).click();
  await expect(form.getByText("Kendala disimpan.")).toBeVisible();
  const item = page.getByRole("listitem").filter({ hasText: description });
  await expect(item).toBeVisible();

  await item.getByRole("link", { name: /^Ubah kendala Sarana/ }).click();
  await expect(page.getByRole("heading", { name: "Ubah catatan" })).toBeVisible();
  await page.getByLabel("Dampak (kendala)").fill("Salinan dokumen diserahkan terlambat satu hari.");
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page).toHaveURL(new RegExp(`/staf/evaluasi\\?periode=${month}$`));
  await expect(page.getByRole("listitem").filter({ hasText: description })).toContainText("Salinan dokumen diserahkan terlambat satu hari.");

  await page.goto(`/staf/laporan/${month}`);
  await expect(page.getByText(description)).toBeVisible();

  await page.goto(`/staf/evaluasi?periode=${month}`);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("listitem").filter({ hasText: description }).getByRole("button", { name: /^Hapus kendala Sarana/ }).click();
  await expect(page.getByRole("listitem").filter({ hasText: description })).toHaveCount(0);
  await context.close();
});
