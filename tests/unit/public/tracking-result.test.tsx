import { renderToStaticMarkup } from "react-dom/server";
import { TrackingResult } from "@/components/public/tracking-result";
import type { PublicRequestView } from "@/lib/requests/public-tracking";

const base: PublicRequestView = {
  registrationNumber: "0007/PMH/PPID-DPP/2026",
  receivedAt: "2026-03-12T02:15:00.000Z",
  channel: { code: "PORTAL", label: "Portal daring" },
  applicantName: "Maria Ngongo",
  informationRequested: "Rencana kerja 2026",
  obtainMethod: { code: "SALINAN_SOFTCOPY", label: "Mendapatkan salinan softcopy" },
  copyDelivery: { code: "EMAIL", label: "Surel (e-mail)" },
  status: { code: "DITERIMA", label: "Diterima" },
  clarificationQuestion: null,
  deadlines: { clockStartDate: "2026-03-12", noticeDueDate: "2026-04-02", extendedDueDate: null, dueDate: "2026-04-02", extensionReason: null },
  decision: { outcome: null, decidedAt: null, noticeDate: null, exemptionArticle: null, holderName: null, redactionNote: null },
  delivery: { deliveredAt: null, method: null, information: null, costAmount: null },
  closedAt: null,
  timeline: [{ type: "DITERIMA", label: "Permohonan diterima dan diregistrasi", at: "2026-03-12T02:15:00.000Z" }],
};

const CONTACT = { phone: "(0380) 821234", email: "ppid@disperindag.nttprov.go.id" };
const text = (view: PublicRequestView) => renderToStaticMarkup(<TrackingResult request={view} contact={CONTACT} />).replace(/<[^>]+>/g, " ");

describe("TrackingResult", () => {
  it("shows the status, the due date in force (WITA) and the timeline", () => {
    const html = text(base);
    expect(html).toContain("Diterima");
    expect(html).toContain("Kamis, 2 April 2026");
    expect(html).toContain("12 Maret 2026 pukul 10.15 WITA");
    expect(html).toContain("Permohonan diterima dan diregistrasi");
    expect(html).not.toContain("Diperpanjang sampai");
  });

  it("shows an extension with its reason, the decision and the delivery", () => {
    const html = text({
      ...base,
      status: { code: "SELESAI", label: "Selesai" },
      deadlines: { ...base.deadlines, extendedDueDate: "2026-04-14", dueDate: "2026-04-14", extensionReason: "Dokumen tersebar di tiga bidang." },
      decision: { ...base.decision, outcome: { code: "DIKABULKAN_SEBAGIAN", label: "Dikabulkan sebagian" }, noticeDate: "2026-04-10", exemptionArticle: "h", redactionNote: "NIK penerima dihitamkan." },
      delivery: { deliveredAt: "2026-04-12T16:00:00.000Z", method: { code: "EMAIL", label: "Surel (e-mail)" }, information: "Rencana kerja 2026 (PDF)", costAmount: 15000 },
    });
    expect(html).toContain("Selasa, 14 April 2026");
    expect(html).toContain("Dokumen tersebar di tiga bidang.");
    expect(html).toContain("Dikabulkan sebagian");
    expect(html).toContain("UU 14/2008 Pasal 17 huruf h");
    expect(html).toContain("NIK penerima dihitamkan.");
    expect(html).toContain("13 April 2026"); // delivered at the start of the office day 13 April (WITA)
    expect(html).toContain("Rp15.000");
  });

  it("explains a stopped clock and a free service", () => {
    const paused = text({ ...base, status: { code: "MENUNGGU_KLARIFIKASI", label: "Menunggu klarifikasi pemohon" }, deadlines: { ...base.deadlines, noticeDueDate: null, dueDate: null } });
    expect(paused).toContain("Penghitungan waktu dihentikan sementara");
    expect(paused).not.toContain("PPID meminta klarifikasi");
    const free = text({ ...base, delivery: { ...base.delivery, deliveredAt: "2026-04-01T00:00:00.000Z", costAmount: 0 } });
    expect(free).toContain("Tidak dipungut biaya");
  });

  it("shows the open clarification question and how to answer it, quoting the registration number", () => {
    const html = text({
      ...base,
      status: { code: "MENUNGGU_KLARIFIKASI", label: "Menunggu klarifikasi pemohon" },
      clarificationQuestion: "Mohon sebutkan tahun anggaran yang dimaksud.",
      deadlines: { ...base.deadlines, noticeDueDate: null, dueDate: null },
    });
    expect(html).toContain("PPID meminta klarifikasi dari Anda");
    expect(html).toContain("Mohon sebutkan tahun anggaran yang dimaksud.");
    expect(html).toContain("(0380) 821234");
    expect(html).toContain("ppid@disperindag.nttprov.go.id");
    expect(html).toMatch(/nomor registrasi\s+0007\/PMH\/PPID-DPP\/2026/);
  });
});
