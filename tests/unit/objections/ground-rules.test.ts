import { groundRefusal, type RequestState } from "@/lib/objections/ground-rules";

const pending: RequestState = { outcome: null, noticeDate: null, dueDate: "2026-11-16" };
const refused: RequestState = { outcome: "DITOLAK_DIKECUALIKAN", noticeDate: "2026-11-10", dueDate: "2026-11-16" };
const granted: RequestState = { outcome: "DIKABULKAN_SELURUHNYA", noticeDate: "2026-11-10", dueDate: "2026-11-16" };
const partlyGranted: RequestState = { outcome: "DIKABULKAN_SEBAGIAN", noticeDate: "2026-11-10", dueDate: "2026-11-16" };
const fmt = (d: string) => d;

describe("grounds that depend on the request", () => {
  it("ground a needs a refusal as exempt, whole or of the withheld part of a partial grant", () => {
    expect(groundRefusal(["A_DITOLAK_DIKECUALIKAN"], refused, "2026-11-20", fmt)).toBeNull();
    expect(groundRefusal(["A_DITOLAK_DIKECUALIKAN"], partlyGranted, "2026-11-20", fmt)).toBeNull();
    expect(groundRefusal(["A_DITOLAK_DIKECUALIKAN"], granted, "2026-11-20", fmt)).toMatch(/huruf a/);
    expect(groundRefusal(["A_DITOLAK_DIKECUALIKAN", "F_BIAYA_TIDAK_WAJAR"], pending, "2026-11-20", fmt)).toMatch(/huruf a/);
  });
  it("ground c needs the notice deadline to have passed without a notice (the due date itself is still in time)", () => {
    expect(groundRefusal(["C_TIDAK_DITANGGAPI"], pending, "2026-11-16", fmt)).toBe("Batas waktu pemberitahuan tertulis (2026-11-16) belum lewat; alasan huruf c dapat dipilih sesudah tanggal itu.");
    expect(groundRefusal(["C_TIDAK_DITANGGAPI"], pending, "2026-11-17", fmt)).toBeNull();
    expect(groundRefusal(["C_TIDAK_DITANGGAPI"], granted, "2026-11-20", fmt)).toMatch(/sudah ditanggapi/);
  });
  it("the other grounds are the requester's account", () => {
    expect(groundRefusal(["B_INFORMASI_BERKALA_TIDAK_DISEDIAKAN", "D_TIDAK_SESUAI_PERMINTAAN", "E_TIDAK_DIPENUHI", "F_BIAYA_TIDAK_WAJAR", "G_MELEBIHI_WAKTU"], pending, "2026-11-03", fmt)).toBeNull();
  });
});
