import { REGISTER_HEADERS, heldText, kindText, refusalText, registerCells, type RegisterRow } from "@/lib/requests/register-columns";
import { toCsv } from "@/lib/csv/to-csv";

const row: RegisterRow = {
  id: "r1",
  registrationNumber: "0007/PMH/PPID-DPP/2026",
  receivedDate: "2026-03-12",
  applicantName: "Yohanes Ndun'a",
  address: "Jl. El Tari No. 1, Kupang",
  phone: "081234567890",
  email: "yohanes@example.id",
  occupation: "Wiraswasta",
  informationRequested: "Data harga bahan pokok; Januari–Maret 2026",
  purpose: "Penelitian",
  obtainMethod: "SALINAN_SOFTCOPY",
  outcome: "DITOLAK_DIKECUALIKAN",
  holderName: null,
  informationForm: "SOFTCOPY",
  exemptionArticle: "b",
  consequenceTestRef: "SK PPID No. 3/2026",
  redactionNote: null,
  noticeDate: "2026-03-20",
  deliveredDate: null,
  costAmount: null,
  paymentNote: null,
};

describe("register columns (domain README §3)", () => {
  it("has the legal columns in order", () => {
    expect(REGISTER_HEADERS).toEqual([
      "Nomor registrasi",
      "Tanggal diterima",
      "Nama pemohon",
      "Alamat",
      "Kontak",
      "Pekerjaan",
      "Informasi yang diminta",
      "Tujuan penggunaan",
      "Informasi dikuasai",
      "Bentuk informasi dikuasai",
      "Jenis permohonan (melihat/salinan)",
      "Keputusan",
      "Alasan penolakan",
      "Tanggal pemberitahuan tertulis",
      "Tanggal informasi diserahkan",
      "Biaya (Rp)",
      "Keterangan pembayaran",
    ]);
  });

  it("derives 'held' from the outcome", () => {
    expect(heldText({ outcome: null, holderName: null })).toBe("");
    expect(heldText({ outcome: "DIKABULKAN_SELURUHNYA", holderName: null })).toBe("Ya");
    expect(heldText({ outcome: "DITOLAK_DIKECUALIKAN", holderName: null })).toBe("Ya");
    expect(heldText({ outcome: "TIDAK_DIKUASAI", holderName: "Dinas Kominfo Provinsi NTT" })).toBe("Tidak, dikuasai oleh Dinas Kominfo Provinsi NTT");
    expect(heldText({ outcome: "TIDAK_DIKUASAI", holderName: null })).toBe("Tidak, pemegang informasi tidak diketahui");
    expect(heldText({ outcome: "BELUM_DIDOKUMENTASIKAN", holderName: null })).toBe("Belum dikuasai / belum didokumentasikan");
  });

  it("derives the kind (see / copy) from how the requester wants the information", () => {
    expect(kindText("SALINAN_HARDCOPY")).toBe("Salinan (hardcopy)");
    expect(kindText("MELIHAT_MEMBACA")).toBe("Melihat / membaca");
  });

  it("states the refusal ground with Pasal 17 letter and consequence test", () => {
    expect(refusalText(row)).toBe("Pasal 17 huruf b UU 14/2008; uji konsekuensi: SK PPID No. 3/2026");
    expect(refusalText({ ...row, outcome: "DIKABULKAN_SEBAGIAN", redactionNote: "NIK pihak ketiga" })).toBe("Sebagian dihitamkan: NIK pihak ketiga");
    expect(refusalText({ ...row, outcome: "DIKABULKAN_SELURUHNYA" })).toBe("");
  });

  it("fills every cell, formatting dates with the given formatter", () => {
    const cells = registerCells(row, (d) => `[${d}]`);
    expect(cells).toHaveLength(REGISTER_HEADERS.length);
    expect(cells[1]).toBe("[2026-03-12]");
    expect(cells[4]).toBe("081234567890 / yohanes@example.id");
    expect(cells[11]).toBe("Ditolak (informasi dikecualikan)");
    expect(cells[13]).toBe("[2026-03-20]");
    expect(cells[14]).toBe("");
  });

  it("exports a row whose text holds the delimiter as one quoted field", () => {
    const csv = toCsv(REGISTER_HEADERS, [registerCells(row, (d) => d)], { bom: false });
    expect(csv).toContain(';"Data harga bahan pokok; Januari–Maret 2026";');
    expect(csv).toContain(";Yohanes Ndun'a;");
  });
});
