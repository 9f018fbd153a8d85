import { expect, test } from "@playwright/test";
import { demoUserName, staffContext } from "./support/staff";

// Pengawasan: the auditor scores an audit whose items are pre-filled from the system's data, raises
// a finding for the PPID; the PPID sees it on the dashboard, records the follow-up and closes it.
test("auditor scores a pre-filled audit and raises a finding; the owner follows up and closes it", async ({ browser }) => {
  const { context: auditorContext, page } = await staffContext(browser, "auditor");
  await page.goto("/staf/audit");
  await page.waitForLoadState("networkidle"); // fill forms only once hydrated
  await page.getByLabel("Periode (semester)").fill("2026-S1");
  await page.getByRole("button", { name: "Mulai audit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Audit Semester I 2026 — revisi 1/ })).toBeVisible();
  await page.waitForLoadState("networkidle");

  // Pre-filled from real data: a figure and an automatic score; unavailable sources say so without a number.
  await expect(page.getByTestId("prefill-B.1")).toContainText(/\d+ dari \d+ permohonan yang diputus dijawab dalam 10 hari kerja/);
  await expect(page.getByTestId("prefill-B.2")).toContainText("nilai otomatis");
  await expect(page.getByTestId("prefill-D.1")).toContainText("informasi DIP terbit yang terlambat dimutakhirkan");
  const autoText = await page.getByTestId("score-B.1").innerText();
  const auto = Number(autoText.trim().split(" ")[0]);
  const other = auto === 4 ? 3 : auto + 1;

  // Overriding the automatic score needs a reason.
  await page.getByText("Beri nilai butir B.1", { exact: true }).click();
  await page.getByLabel("Nilai B.1").selectOption(String(other));
  await page.getByRole("button", { name: "Simpan nilai B.1" }).click();
  await expect(page.getByText(`Nilai berbeda dari nilai isian otomatis (${auto}); tuliskan alasannya.`)).toBeVisible();
  await page.getByLabel("Alasan mengubah nilai otomatis B.1").fill("Dua pemberitahuan terlambat dikirim ulang tepat waktu melalui surel; diverifikasi dari berkas.");
  await page.getByRole("button", { name: "Simpan nilai B.1" }).click();
  await expect(page.getByTestId("score-B.1")).toHaveText(new RegExp(`^${other} / 4`));

  // A manual item.
  await page.getByText("Beri nilai butir A.1", { exact: true }).click();
  await page.getByLabel("Nilai A.1").selectOption("3");
  await page.getByLabel("Catatan A.1").fill("Papan pengumuman belum diperbarui.");
  await page.getByLabel("Berkas bukti A.1").setInputFiles({ name: "foto-papan.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n% foto papan pengumuman\n%%EOF\n") });
  await page.getByRole("button", { name: "Simpan nilai A.1" }).click();
  await expect(page.getByTestId("score-A.1")).toHaveText(/^3 \/ 4/);
  const evidence = await page.request.get((await page.getByTestId("evidence-A.1").getAttribute("href"))!);
  expect(evidence.headers()["content-type"]).toBe("application/pdf");
  await expect(page.getByTestId("audit-total")).toContainText("sementara");

  // A finding for the PPID.
  await page.getByLabel("Judul temuan").fill("Papan pengumuman kantor tidak mutakhir");
  await page.getByLabel("Uraian temuan").fill("Informasi berkala di papan pengumuman lantai 1 masih edisi semester lalu.");
  await page.getByLabel("Butir audit terkait").selectOption({ label: "A.1" });
  await page.getByLabel("Tingkat temuan").selectOption("SEDANG");
  await page.getByLabel("Penanggung jawab").selectOption({ label: `${demoUserName("ppid")} (PPID Pelaksana)` });
  await page.getByLabel("Batas waktu tindak lanjut").fill("2026-12-31");
  await page.getByRole("button", { name: "Catat temuan" }).click();
  await expect(page.getByRole("link", { name: "Papan pengumuman kantor tidak mutakhir" })).toBeVisible();
  await auditorContext.close();

  // The owner sees it on the dashboard and records the follow-up that closes it.
  const { context: ppidContext, page: ppid } = await staffContext(browser, "ppid");
  await ppid.goto("/staf");
  const mine = ppid.getByRole("table", { name: "Temuan terbuka yang menjadi tanggung jawab saya" });
  await mine.getByRole("link", { name: "Papan pengumuman kantor tidak mutakhir" }).click();
  await expect(ppid.getByRole("heading", { level: 1, name: "Papan pengumuman kantor tidak mutakhir" })).toBeVisible();
  await ppid.waitForLoadState("networkidle");
  await ppid.getByLabel("Tindak lanjut yang dilakukan").fill("Papan pengumuman diperbarui dengan informasi berkala semester ini; foto terlampir.");
  await ppid.getByLabel("Tautan bukti").fill("https://ppid.disperindag.nttprov.go.id/bukti/papan-2026");
  await ppid.getByLabel(/tutup temuan/).check();
  await ppid.getByRole("button", { name: "Simpan tindak lanjut" }).click();
  await expect(ppid.getByTestId("finding-status")).toContainText("Ditutup");
  await expect(ppid.getByText("temuan ditutup")).toBeVisible();
  await ppid.goto("/staf");
  await expect(ppid.getByRole("link", { name: "Papan pengumuman kantor tidak mutakhir" })).toHaveCount(0);
  await ppidContext.close();
});

test("the submitted 2025-S2 audit is locked and can only be corrected by a revision", async ({ browser }) => {
  const { context, page } = await staffContext(browser, "auditor");
  await page.goto("/staf/audit");
  await page.getByRole("link", { name: /Semester II 2025 \(2025-S2\) — revisi 1/ }).click();
  await expect(page.getByTestId("audit-status")).toContainText("Dikirim (terkunci)");
  await expect(page.getByRole("button", { name: /Simpan nilai/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Buat revisi" })).toBeVisible();
  await page.goto("/staf/audit/banding");
  await expect(page.getByRole("columnheader", { name: "Semester II 2025 (rev. 1)" })).toBeVisible();
  await context.close();
});
