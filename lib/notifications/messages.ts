import "server-only";
import type { Tx } from "@/lib/db";
import { trackingPath } from "@/lib/requests/receipt-path";
import { enqueueMessages, staffAddresses } from "./enqueue";
import { EMAIL_SIGNATURE, publicUrl } from "./email-text";

// The e-mails the service sends (Bahasa Indonesia). Each is queued inside the transaction of the
// change it reports, with a dedupe key naming that change, so it is sent once.

const SIGNATURE = EMAIL_SIGNATURE;

export async function notifyRequestReceived(tx: Tx, r: { id: string; registrationNumber: string; trackingCode: string; email: string | null }) {
  if (!r.email) return;
  await enqueueMessages(tx, [{
    dedupeKey: `request-received:${r.id}`, kind: "request-received", to: r.email, requestId: r.id,
    subject: `Bukti permohonan informasi ${r.registrationNumber}`,
    body: `Permohonan informasi Anda telah diterima dengan nomor ${r.registrationNumber}.\nKode pelacakan: ${r.trackingCode}\nLacak permohonan Anda di:\n${publicUrl(trackingPath(r))}${SIGNATURE}`,
  }]);
}

export async function notifyRequestAssigned(tx: Tx, requestId: string, assigneeId: string, at: Date) {
  const user = await tx.user.findUnique({ where: { id: assigneeId }, select: { email: true } });
  if (!user?.email) return;
  const r = await tx.informationRequest.findUniqueOrThrow({ where: { id: requestId }, select: { id: true, registrationNumber: true } });
  await enqueueMessages(tx, [{
    dedupeKey: `request-assigned:${r.id}:${assigneeId}:${at.toISOString()}`, kind: "request-assigned", to: user.email, requestId: r.id,
    subject: `[PPID] Permohonan ${r.registrationNumber} ditugaskan kepada Anda`,
    body: `Permohonan ${r.registrationNumber} ditugaskan kepada Anda. Buka kotak masuk permohonan untuk memprosesnya.${SIGNATURE}`,
  }]);
}

/** A letter issued to the requester: notice (decision), extension, clarification, keberatan answer. */
export async function notifyLetterIssued(tx: Tx, letter: { id: string; number: string; title: string }, r: { id: string; registrationNumber: string; email: string | null }) {
  if (!r.email) return;
  await enqueueMessages(tx, [{
    dedupeKey: `letter:${letter.id}`, kind: "letter", to: r.email, requestId: r.id,
    subject: `${letter.title} atas permohonan ${r.registrationNumber}`,
    body: `Telah diterbitkan ${letter.title.toLowerCase()} Nomor ${letter.number} atas permohonan ${r.registrationNumber}.\nUnduh suratnya di ${publicUrl("/lacak")} dengan nomor registrasi dan kode pelacakan Anda.${SIGNATURE}`,
  }]);
}

export async function notifyStaffOfObjection(tx: Tx, o: { id: string; registrationNumber: string; requestId: string; late: boolean }) {
  const to = await staffAddresses(tx, ["PPID", "ATASAN"]);
  await enqueueMessages(tx, to.map((address) => ({
    dedupeKey: `objection-new:${o.id}:${address}`, kind: "objection-new", to: address, requestId: o.requestId,
    subject: `[PPID] Keberatan baru ${o.registrationNumber}${o.late ? " (terlambat)" : ""}`,
    body: `Keberatan ${o.registrationNumber} telah diterima dan menunggu tanggapan Atasan PPID.${SIGNATURE}`,
  })));
}

export async function notifyStaffOfComplaint(tx: Tx, c: { id: string; registrationNumber: string }) {
  const to = await staffAddresses(tx, ["PPID"]);
  await enqueueMessages(tx, to.map((address) => ({
    dedupeKey: `complaint-new:${c.id}:${address}`, kind: "complaint-new", to: address,
    subject: `[PPID] Pengaduan baru ${c.registrationNumber}`,
    body: `Pengaduan ${c.registrationNumber} telah diterima. Buka menu Pengaduan untuk menelaahnya.${SIGNATURE}`,
  })));
}

/** The Atasan PPID answered a keberatan: the requester is told where to read the answer. */
export async function notifyObjectionAnswered(tx: Tx, o: { id: string; registrationNumber: string; requestId: string }) {
  const r = await tx.informationRequest.findUniqueOrThrow({ where: { id: o.requestId }, select: { email: true, registrationNumber: true } });
  if (!r.email) return;
  await enqueueMessages(tx, [{
    dedupeKey: `objection-answered:${o.id}`, kind: "objection-answered", to: r.email, requestId: o.requestId,
    subject: `Tanggapan Atasan PPID atas keberatan ${o.registrationNumber}`,
    body: `Atasan PPID telah memberikan tanggapan atas keberatan ${o.registrationNumber} (permohonan ${r.registrationNumber}).\nLihat tanggapannya di ${publicUrl("/lacak")} dengan nomor registrasi dan kode pelacakan permohonan Anda.${SIGNATURE}`,
  }]);
}
