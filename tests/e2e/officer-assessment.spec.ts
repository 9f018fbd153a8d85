import { expect, test } from "@playwright/test";
import { demoUserName, staffContext } from "./support/staff";

// Issue 5, officer rubric: the PPID scores a desk officer for this month (the demo data leaves
// December unassessed), is stopped at the field while a criterion is unscored, finalises, and the
// month's report shows the score, its category and the notes.
test("the PPID scores a desk officer for a month, finalises it, and the month's report shows the score", async ({ browser }) => {
  const month = new Date().toISOString().slice(0, 7);
  const officer = demoUserName("petugas"); // no demo assessment in any month from November 2026 on
  const { context, page } = await staffContext(browser, "ppid");
  await page.getByRole("navigation", { name: "Menu staf" }).getByRole("link", { name: "Kinerja petugas" }).click();
  await expect(page.getByRole("heading", { name: /^Kinerja petugas/ })).toBeVisible();
  await page.goto(`/staf/evaluasi/kinerja?periode=${month}`);
  const row = page.getByTestId("officer-assessments").locator("tr", { hasText: officer });
  await expect(row).toContainText("belum dinilai");
  await row.getByRole("link", { name: `Nilai kinerja ${officer}` }).click();
  await expect(page.getByRole("heading", { name: `Penilaian kinerja ${officer}`, exact: false })).toBeVisible();
  await expect(page.getByTestId("officer-figures")).toContainText("Permohonan ditangani");

  const level = (criterion: RegExp, score: number) =>
    page.getByRole("group", { name: criterion }).getByRole("radio", { name: new RegExp(`^${score} — `) });
  // Only one criterion scored: finalising is refused at each unscored criterion; entries stay.
  await level(/Penguasaan regulasi KIP dan SOP/, 4).check();
  await page.getByLabel("Kekuatan").fill("Menguasai SOP dan selalu menjawab sebelum tenggat.");
  await page.getByRole("button", { name: "Finalkan penilaian" }).click();
  await expect(page.getByText("Masih ada 5 kriteria yang belum dinilai.")).toBeVisible();
  await expect(page.getByRole("group", { name: /Ketepatan waktu pemberitahuan tertulis/ })).toContainText("Pilih nilai untuk kriteria ini sebelum memfinalkan.");
  await expect(page.getByText("Hal yang perlu ditingkatkan wajib diisi sebelum penilaian difinalkan.")).toBeVisible();
  await expect(level(/Penguasaan regulasi KIP dan SOP/, 4)).toBeChecked();
  await expect(page.getByLabel("Kekuatan")).toHaveValue("Menguasai SOP dan selalu menjawab sebelum tenggat.");

  // 4/3/3/4/3/3 with weights 20/20/20/15/15/10 → 335 / 400 = 83,75 (Baik).
  await level(/Ketepatan waktu pemberitahuan tertulis/, 3).check();
  await level(/Kualitas dan kejelasan jawaban/, 3).check();
  await level(/Sikap dan etika pelayanan/, 4).check();
  await level(/Pengelolaan dokumentasi dan register/, 3).check();
  await level(/Kerja sama dan inisiatif/, 3).check();
  await page.getByLabel("Catatan: Sikap dan etika pelayanan").fill("Dipuji pemohon datang langsung.");
  await page.getByLabel("Hal yang perlu ditingkatkan").fill("Ringkas jawaban tertulis dan sertakan tautan DIP.");
  await page.getByRole("button", { name: "Finalkan penilaian" }).click();
  // The page now shows the locked result instead of the form.
  await expect(page.getByRole("heading", { name: /Nilai 83,75 \(Baik\) Final/ })).toBeVisible();
  await expect(page.getByTestId("assessment-scores").locator("tr", { hasText: "Sikap dan etika pelayanan" })).toContainText("Dipuji pemohon datang langsung.");
  await expect(page.getByRole("button", { name: "Finalkan penilaian" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Buat revisi" })).toBeVisible();

  // The month's report: the officer's row carries the score, the notes are in the report.
  await page.goto(`/staf/laporan/${month}`);
  // Score and category in cells of their own (the spreadsheet keeps the score a number).
  await expect(page.getByTestId("table-petugas").locator("tr", { hasText: officer }).locator("td")).toContainText(["83,75", "Baik"]);
  await expect(page.getByTestId("table-penilaian-petugas")).toContainText("Ringkas jawaban tertulis dan sertakan tautan DIP.");
  await expect(page.getByTestId("table-rincian-penilaian")).toContainText("Dipuji pemohon datang langsung.");
  await context.close();
});
