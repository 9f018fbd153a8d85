import { expect, test } from "@playwright/test";
import { demoUserName, logIn } from "./support/staff";

// Pembinaan: the PPID records a training, adds an officer, corrects a mistyped figure and takes a
// participant added by mistake off the list.
test("the PPID records a training, corrects it and removes a participant added by mistake", async ({ page }) => {
  const title = `Bimtek Pelayanan Informasi Ramah Disabilitas ${Date.now().toString(36)}`;
  const officer = demoUserName("petugas2");
  await logIn(page, "ppid");
  await page.goto("/staf/pembinaan");
  const create = page.getByRole("form", { name: "Catat pelatihan" });
  await create.getByLabel("Judul pelatihan").fill(title);
  await create.getByLabel("Penyelenggara").fill("Komisi Informasi Provinsi NTT");
  await create.getByLabel("Tanggal").fill("2026-11-18");
  await create.getByLabel("Jumlah jam pelajaran").fill("4");
  await create.getByLabel("Topik").fill("Layanan informasi bagi penyandang disabilitas");
  await create.getByRole("button", { name: "Simpan pelatihan" }).click();
  await expect(page.getByText("Pelatihan dicatat.")).toBeVisible();

  const event = page.getByRole("listitem").filter({ has: page.getByText(title, { exact: true }) });
  await event.getByText("Tambah peserta atau sertifikat").click();
  await event.getByRole("combobox", { name: "Peserta *" }).selectOption({ label: officer });
  await event.getByRole("button", { name: "Tambah peserta" }).click();
  await expect(event.getByRole("list", { name: `Peserta ${title}` })).toContainText(officer);

  // The hours were 4 in the invitation but 8 in the certificate: corrected, with a clear refusal first.
  await event.getByText("Ubah data pelatihan").click();
  const edit = page.getByRole("form", { name: `Ubah pelatihan: ${title}` });
  await edit.getByLabel("Jumlah jam pelajaran").fill("delapan");
  await edit.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(edit.getByText("Isi jumlah jam pelajaran, mis. 8 atau 2,5.")).toBeVisible();
  await expect(edit.getByLabel("Topik")).toHaveValue("Layanan informasi bagi penyandang disabilitas");
  await edit.getByLabel("Jumlah jam pelajaran").fill("8");
  await edit.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.getByText("Perubahan pelatihan disimpan.")).toBeVisible();
  await expect(event.getByText(/8 jam/)).toBeVisible();

  page.once("dialog", (dialog) => dialog.accept());
  await event.getByRole("button", { name: `Hapus peserta ${officer} dari ${title}` }).click();
  await expect(event.getByText("Peserta: belum ada")).toBeVisible();
});
