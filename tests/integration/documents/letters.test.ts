import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/auth/guard";
import { ALL_ROLES, hasPermission } from "@/lib/auth/roles";
import { issueLetter } from "@/lib/documents/issue-letter";
import { htmlToPdf } from "@/lib/documents/pdf";
import { letterOfRequest } from "@/lib/documents/queries";
import { decideRequest } from "@/lib/requests/services/decide-request";
import { RuleError } from "@/lib/rule-error";
import { makeRoleUsers, newRequest, wita, type RoleUsers } from "../requests/staff-fixtures";

// Year 2054: no holiday data; received Mon 03-02.
let users: RoleUsers;
beforeAll(async () => {
  users = await makeRoleUsers();
});
afterAll(() => db.$disconnect());

async function refused() {
  const id = await newRequest(wita("2054-03-02"));
  await decideRequest(users.PPID, { requestId: id, outcome: "DITOLAK_DIKECUALIKAN", noticeDate: "2054-03-04", exemptionArticle: "b", consequenceTestRef: "Uji konsekuensi No. 7/2054" }, wita("2054-03-04"));
  return id;
}

it("issues a numbered written notice with the contents of Pasal 22(7) a–g, stored with the request, printable to PDF", async () => {
  const requestId = await refused();
  const letterId = await issueLetter(users.PPID, { requestId, kind: "PEMBERITAHUAN_TERTULIS" }, wita("2054-03-04"));
  const letter = await db.letterDocument.findUniqueOrThrow({ where: { id: letterId }, include: { request: { select: { registrationNumber: true } } } });
  expect(letter.number).toMatch(/^\d{4}\/SRT\/[A-Z0-9.-]+\/2054$/);
  expect(letter.html).toContain("PEMBERITAHUAN TERTULIS");
  expect(letter.html).toContain("Pasal 17 huruf b");
  expect(letter.html).toContain("Uji konsekuensi No. 7/2054");
  expect((letter.html.match(/<li>/g) ?? []).length).toBe(7); // huruf a–g
  expect(await db.requestEvent.count({ where: { requestId, type: "SURAT_DITERBITKAN" } })).toBe(1);

  const pdf = await htmlToPdf(letter.html);
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  expect(pdf.byteLength).toBeGreaterThan(5000);

  // The requester of another request cannot reach it by id.
  const other = await db.informationRequest.findUniqueOrThrow({ where: { id: await newRequest(wita("2054-03-02")) }, select: { registrationNumber: true } });
  expect(await letterOfRequest(letterId, other.registrationNumber)).toBeNull();
  expect(await letterOfRequest(letterId, letter.request.registrationNumber)).toMatchObject({ number: letter.number });
}, 60_000);

it("refuses a letter the request does not support (no extension, no clarification)", async () => {
  const requestId = await refused();
  await expect(issueLetter(users.PPID, { requestId, kind: "PERPANJANGAN" })).rejects.toThrow(RuleError);
  await expect(issueLetter(users.PPID, { requestId, kind: "KLARIFIKASI" })).rejects.toThrow(RuleError);
});

it.each(ALL_ROLES)("role guard: issue as %s", async (role) => {
  const requestId = await refused();
  const act = () => issueLetter(users[role], { requestId, kind: "PEMBERITAHUAN_TERTULIS" });
  if (hasPermission(role, "issueLetter")) {
    await act();
    expect(await db.letterDocument.count({ where: { requestId } })).toBe(1);
  } else {
    await expect(act()).rejects.toThrow(ForbiddenError);
    expect(await db.letterDocument.count({ where: { requestId } })).toBe(0);
  }
});

describe("kop surat settings", () => {
  const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  const input = { city: "Kupang", ppidName: "Uji Penandatangan", ppidNip: "", ppidPosition: "PPID Pelaksana Uji" };
  afterAll(() => db.setting.deleteMany({ where: { key: "letterhead" } }));

  it("only an admin changes it; the logo (checked by content) and signatory appear on new letters", async () => {
    const { updateLetterhead } = await import("@/lib/settings/letterhead-service");
    await expect(updateLetterhead(users.PPID, input, null)).rejects.toThrow(ForbiddenError);
    await expect(updateLetterhead(users.ADMIN, input, new File([new TextEncoder().encode("MZ")], "logo.png"))).rejects.toThrow(/Jenis berkas/);
    await updateLetterhead(users.ADMIN, input, new File([PNG], "logo.png"));
    const requestId = await refused();
    const letter = await db.letterDocument.findUniqueOrThrow({ where: { id: await issueLetter(users.PPID, { requestId, kind: "PEMBERITAHUAN_TERTULIS" }) } });
    expect(letter.html).toContain("data:image/png;base64,");
    expect(letter.html).toContain("Uji Penandatangan");
  });
});
