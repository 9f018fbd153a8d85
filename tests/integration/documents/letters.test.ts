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
