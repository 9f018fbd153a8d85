import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/audit/write-audit";
import { officeDateOf } from "@/lib/datetime/zoned-to-utc";
import { calendarDateFromUtcDate, type CalendarDate } from "@/lib/deadlines";
import { readStoredFile } from "@/lib/files/storage";
import { formatDate } from "@/lib/format/dates";
import { LetterKind } from "@/lib/generated/prisma/enums";
import { formatRegistrationNumber, takeNextSequence } from "@/lib/requests/numbering";
import { parseOrRefuse, RuleError } from "@/lib/rule-error";
import { getAgencyProfile } from "@/lib/settings/agency";
import { getClockSettings } from "@/lib/settings/clock";
import { getLetterhead } from "@/lib/settings/letterhead";
import { LETTER_TITLES, letterBlocks, letterRefusal, type LetterObjection, type LetterRequest } from "./letter-contents";
import { renderLetterHtml } from "./letter-html";
import { notifyLetterIssued } from "@/lib/notifications/messages";

export const issueLetterSchema = z.object({
  requestId: z.string("Data yang dipilih tidak dikenal.").min(1, "Data yang dipilih tidak dikenal."),
  kind: z.enum(Object.values(LetterKind) as [LetterKind, ...LetterKind[]], "Pilih jenis surat."),
  objectionId: z.string().optional().transform((v) => v || null),
});

const day = (d: Date | null) => (d ? formatDate(calendarDateFromUtcDate(d)) : null);

async function logoDataUrl(fileId: string | null): Promise<string | null> {
  if (!fileId) return null;
  const file = await db.uploadedFile.findUnique({ where: { id: fileId }, select: { storageKey: true, mimeType: true } });
  if (!file || !file.mimeType.startsWith("image/")) return null;
  return `data:${file.mimeType};base64,${(await readStoredFile(file.storageKey)).toString("base64")}`;
}

/** Issues a numbered letter from the request as recorded now; its HTML is frozen. Returns the letter id. */
export async function issueLetter(user: StaffUser, input: Record<string, unknown>, now = new Date()): Promise<string> {
  assertPermission(user, "issueLetter");
  const data = parseOrRefuse(issueLetterSchema, input);
  if (data.kind === "TANGGAPAN_KEBERATAN" && !data.objectionId) throw RuleError.at("kind", "Tanggapan keberatan diterbitkan dari halaman keberatan.");
  const request = await db.informationRequest.findUnique({
    where: { id: data.requestId },
    include: { pauses: { orderBy: { createdAt: "desc" }, take: 1, select: { question: true } } },
  });
  if (!request) throw new RuleError("Permohonan tidak ditemukan.");
  const objection = data.objectionId ? await db.objection.findFirst({ where: { id: data.objectionId, requestId: request.id } }) : null;
  if (data.objectionId && !objection) throw new RuleError("Keberatan tidak ditemukan pada permohonan ini.");
  const [agency, letterhead, { timeZone }] = await Promise.all([getAgencyProfile(), getLetterhead(), getClockSettings()]);

  const letterRequest: LetterRequest = {
    ...request, receivedDate: formatDate(officeDateOf(request.receivedAt, timeZone)), noticeDueDate: day(request.noticeDueDate),
    extendedDueDate: day(request.extendedDueDate), clarificationQuestion: request.pauses[0]?.question ?? null,
  };
  const letterObjection: LetterObjection | null = objection && { ...objection, receivedDate: formatDate(officeDateOf(objection.receivedAt, timeZone)) };
  const refusal = letterRefusal(data.kind, letterRequest, letterObjection);
  if (refusal) throw RuleError.at("kind", refusal);

  const today: CalendarDate = officeDateOf(now, timeZone);
  const year = Number(today.slice(0, 4));
  const signatory = data.kind === "TANGGAPAN_KEBERATAN" && objection?.atasanName
    ? { position: objection.atasanPosition ?? "Atasan PPID", name: objection.atasanName, nip: "" }
    : { position: letterhead.ppidPosition, name: letterhead.ppidName, nip: letterhead.ppidNip };
  const logo = await logoDataUrl(letterhead.logoFileId);

  return db.$transaction(async (tx) => {
    const sequence = await takeNextSequence(tx, "SURAT", year);
    const number = formatRegistrationNumber("SURAT", agency.registrationCode, year, sequence);
    const html = renderLetterHtml({
      agency: { ...agency, logoDataUrl: logo }, number, place: letterhead.city, dateText: formatDate(today),
      subject: `${LETTER_TITLES[data.kind].toLowerCase()} atas permohonan ${request.registrationNumber}`,
      addressee: [request.applicantName, request.address], title: LETTER_TITLES[data.kind],
      blocks: letterBlocks(data.kind, letterRequest, letterObjection), signatory,
    });
    const letter = await tx.letterDocument.create({
      data: { number, year, sequence, kind: data.kind, requestId: request.id, objectionId: objection?.id ?? null, html, issuedAt: now, issuedById: user.id },
      select: { id: true },
    });
    await tx.requestEvent.create({ data: { requestId: request.id, type: "SURAT_DITERBITKAN", note: `${LETTER_TITLES[data.kind]} ${number}`, data: { letterId: letter.id }, actorId: user.id, at: now } });
    await notifyLetterIssued(tx, { id: letter.id, number, title: LETTER_TITLES[data.kind] }, request);
    await writeAudit(tx, user, { action: "letter.issue", entityType: "LetterDocument", entityId: letter.id, after: { number, kind: data.kind, requestId: request.id } });
    return letter.id;
  });
}
