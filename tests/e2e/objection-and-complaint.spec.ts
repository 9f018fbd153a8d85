import { expect, test } from "@playwright/test";
import { fileRequest } from "./support/citizen";
import { staffContext } from "./support/staff";

// Issue 3 end to end: a citizen objects to a refused request and the Atasan PPID overturns the refusal;
// a citizen files an anonymous complaint and follows it by its code while an officer handles it.
test("a citizen objects to a refused request and the Atasan PPID decides it", async ({ browser }) => {
  const citizen = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const phone = await citizen.newPage();
  const { number, code } = await fileRequest(phone, "Kristoforus Nuban", "Dokumen kontrak pengadaan mesin jahit IKM tahun 2026 beserta nilai kontraknya.");

  // The PPID refuses it as exempt (Pasal 17 huruf b, with a consequence test).
  const { context: office, page: desk } = await staffContext(browser, "ppid");
  await desk.goto(`/staf/permohonan?q=${encodeURIComponent(number)}`);
  await desk.getByRole("link", { name: number }).click();
  await desk.locator("#outcome").selectOption("DITOLAK_DIKECUALIKAN");
  await desk.getByLabel("Dasar pengecualian: Pasal 17 UU 14/2008 huruf").selectOption("b");
  await desk.getByLabel("Rujukan uji konsekuensi").fill("Penetapan PPID No. 3/PPID-DPP/2026");
  await desk.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(desk.getByText("Permohonan diputuskan").first()).toBeVisible();
  // ...and issues the written notice (numbered A4 letter stored with the request).
  await desk.getByLabel("Jenis surat").selectOption("PEMBERITAHUAN_TERTULIS");
  await desk.getByRole("button", { name: "Terbitkan surat" }).click();
  await expect(desk.getByRole("link", { name: "Unduh PDF" })).toBeVisible();

  // The requester downloads the written notice as a PDF at /lacak.
  await phone.goto(`/lacak?nomor=${encodeURIComponent(number)}&kode=${encodeURIComponent(code)}`);
  const [download] = await Promise.all([phone.waitForEvent("download"), phone.getByRole("link", { name: /Unduh PDF: PEMBERITAHUAN TERTULIS/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^surat-\d{4}-SRT-PPID-DPP-\d{4}\.pdf$/);
  const stream = await download.createReadStream();
  const head = await new Promise<string>((resolve) => stream.once("data", (chunk) => resolve(chunk.toString("latin1", 0, 5))));
  expect(head).toBe("%PDF-");

  // The citizen objects on the phone, with the request number and tracking code.
  await phone.goto("/keberatan");
  await phone.getByLabel("Nomor registrasi permohonan").fill(number);
  await phone.getByLabel("Kode pelacakan").fill(code);
  await phone.getByRole("checkbox", { name: /a\. Penolakan permohonan/ }).check();
  await phone.getByRole("checkbox", { name: /e\. Tidak dipenuhinya/ }).check();
  await phone.getByLabel("Uraian keberatan").fill("Nilai kontrak pengadaan yang sudah selesai bukan informasi yang dikecualikan.");
  await phone.getByRole("button", { name: "Kirim keberatan" }).click();
  await expect(phone.getByRole("heading", { name: "Bukti pengajuan keberatan" })).toBeVisible();
  const objectionNumber = (await phone.getByTestId("objection-number").first().innerText()).trim();
  expect(objectionNumber).toMatch(/^\d{4}\/KBR\/PPID-DPP\/\d{4}$/);
  expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

  // The Atasan PPID finds it in the inbox and overturns the refusal.
  const { context: boss, page: atasan } = await staffContext(browser, "atasan");
  await atasan.goto("/staf/keberatan");
  await expect(atasan.getByRole("heading", { name: "Kotak masuk keberatan Atasan PPID" })).toBeVisible();
  await atasan.getByRole("link", { name: objectionNumber }).click();
  await atasan.getByRole("radio", { name: "Membatalkan keputusan PPID" }).check();
  await atasan.getByLabel("Alasan tertulis").fill("Kontrak yang telah selesai dilaksanakan adalah informasi terbuka (Pasal 11).");
  await atasan.getByLabel("Informasi yang wajib diberikan PPID (bila membatalkan)").fill("Salinan kontrak dan nilai kontrak pengadaan mesin jahit IKM 2026.");
  await atasan.getByRole("button", { name: "Simpan tanggapan" }).click();
  // The page now shows the new state (the answer form is gone).
  await expect(atasan.getByText("Sudah ditanggapi Atasan PPID").first()).toBeVisible();
  await boss.close();

  // The PPID carries it out, with its own timestamp.
  await desk.goto("/staf/keberatan?status=DIPUTUSKAN");
  await desk.getByRole("link", { name: objectionNumber }).click();
  await desk.getByLabel("Yang telah diberikan kepada pemohon").fill("Salinan kontrak dikirim melalui surel.");
  await desk.getByRole("button", { name: "Catat pelaksanaan" }).click();
  await expect(desk.getByText("Putusan sudah dilaksanakan PPID").first()).toBeVisible();
  await expect(desk.getByText(/^Dilaksanakan PPID/)).toBeVisible();
  await office.close();

  // The citizen sees the answer at /lacak.
  await phone.goto(`/lacak?nomor=${encodeURIComponent(number)}&kode=${encodeURIComponent(code)}`);
  await expect(phone.getByText("Membatalkan keputusan PPID")).toBeVisible();
  await expect(phone.getByText(/Dilaksanakan PPID/)).toBeVisible();
  await citizen.close();
});

test("a citizen files an anonymous complaint and follows it by its code", async ({ browser }) => {
  const citizen = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const phone = await citizen.newPage();
  await phone.goto("/pengaduan");
  await phone.getByRole("radio", { name: "Masalah pada portal" }).check();
  await phone.getByLabel("Uraian pengaduan").fill("Formulir permohonan gagal dikirim dari ponsel pada sore hari.");
  await phone.getByLabel(/Kirim tanpa identitas/).check();
  await phone.getByRole("button", { name: "Kirim pengaduan" }).click();
  await expect(phone.getByTestId("complaint-status")).toHaveText("Diterima, menunggu penelaahan");
  const url = new URL(phone.url());
  const number = url.searchParams.get("nomor")!;
  const code = (await phone.getByTestId("complaint-code").innerText()).trim();
  expect(number).toMatch(/^\d{4}\/ADU\/PPID-DPP\/\d{4}$/);

  const { context: office, page: desk } = await staffContext(browser, "petugas");
  await desk.goto("/staf/pengaduan");
  await desk.getByRole("link", { name: number }).click();
  await expect(desk.getByText("Anonim (hanya kode pelacakan)")).toBeVisible();
  await desk.getByLabel("Catatan penelaahan").fill("Diteruskan ke pengelola portal.");
  await desk.getByRole("button", { name: "Simpan telaah" }).click();
  await expect(desk.getByText("Sedang ditelaah").first()).toBeVisible();
  await desk.getByLabel("Tanggapan (dapat dilihat pelapor)").fill("Terima kasih. Gangguan pengiriman sudah diperbaiki.");
  await desk.getByRole("button", { name: "Simpan tanggapan" }).click();
  await expect(desk.getByText("Sudah ditanggapi").first()).toBeVisible();
  await office.close();

  // Anyone with only the number and code follows it, from a fresh browser.
  const later = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
  await later.goto("/pengaduan/status");
  await later.getByLabel("Nomor pengaduan").fill(number);
  await later.getByLabel("Kode pelacakan").fill(code);
  await later.getByRole("button", { name: "Lihat status" }).click();
  await expect(later.getByTestId("complaint-status")).toHaveText("Sudah ditanggapi");
  await expect(later.getByText("Gangguan pengiriman sudah diperbaiki.")).toBeVisible();
  await later.getByLabel("Kode pelacakan").fill("AAAAA-BBBBB");
  await later.getByRole("button", { name: "Lihat status" }).click();
  await expect(later.getByText(/Pengaduan tidak ditemukan/)).toBeVisible();
  await citizen.close();
});
