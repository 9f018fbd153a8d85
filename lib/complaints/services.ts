import "server-only";
import { db } from "@/lib/db";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { hasPermission } from "@/lib/auth/roles";
import { writeAudit } from "@/lib/audit/write-audit";
import type { ComplaintStatus, Prisma } from "@/lib/generated/prisma/client";
import type { Untrusted } from "@/lib/requests/services/types";
import { parseOrRefuse, RuleError } from "@/lib/rule-error";
import { assignComplaintSchema, resolveSchema, respondSchema, triageSchema } from "./schema";

type Input = Untrusted<Record<string, unknown>>;
const TRACKED = { status: true, triagedAt: true, triageNote: true, assignedToId: true, assignedAt: true, response: true, respondedAt: true, resolvedAt: true, resolutionNote: true } as const;

/** Locks the complaint, checks its status, applies the change and writes the audit entry: one transaction. */
async function change(user: StaffUser, action: string, complaintId: string, allowed: ComplaintStatus[], data: Prisma.ComplaintUncheckedUpdateInput): Promise<void> {
  assertPermission(user, "handleComplaint");
  await db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Complaint" WHERE "id" = ${complaintId} FOR UPDATE`;
    if (locked.length === 0) throw new RuleError("Pengaduan tidak ditemukan.");
    const before = await tx.complaint.findUniqueOrThrow({ where: { id: complaintId }, select: TRACKED });
    if (!allowed.includes(before.status)) throw new RuleError("Langkah ini tidak dapat dilakukan pada status pengaduan saat ini.");
    const after = await tx.complaint.update({ where: { id: complaintId }, data, select: TRACKED });
    await writeAudit(tx, user, { action: `complaint.${action}`, entityType: "Complaint", entityId: complaintId, before, after });
  });
}

export async function triageComplaint(user: StaffUser, input: Input, now = new Date()) {
  assertPermission(user, "handleComplaint");
  const data = parseOrRefuse(triageSchema, input);
  await change(user, "triage", data.complaintId, ["BARU"], { status: "DITELAAH", triagedAt: now, triageNote: data.note });
}

export async function assignComplaint(user: StaffUser, input: Input, now = new Date()) {
  assertPermission(user, "handleComplaint");
  const data = parseOrRefuse(assignComplaintSchema, input);
  const assignee = await db.user.findUnique({ where: { id: data.assigneeId }, select: { active: true, role: true } });
  if (!assignee?.active || !hasPermission(assignee.role, "handleComplaint")) throw RuleError.at("assigneeId", "Pilih petugas aktif yang menangani pengaduan.");
  await change(user, "assign", data.complaintId, ["BARU", "DITELAAH"], { status: "DITELAAH", assignedToId: data.assigneeId, assignedAt: now });
}

export async function respondComplaint(user: StaffUser, input: Input, now = new Date()) {
  assertPermission(user, "handleComplaint");
  const data = parseOrRefuse(respondSchema, input);
  await change(user, "respond", data.complaintId, ["DITELAAH", "DITANGGAPI"], { status: "DITANGGAPI", response: data.response, respondedAt: now });
}

export async function resolveComplaint(user: StaffUser, input: Input, now = new Date()) {
  assertPermission(user, "handleComplaint");
  const data = parseOrRefuse(resolveSchema, input);
  await change(user, "resolve", data.complaintId, ["DITANGGAPI"], { status: "SELESAI", resolvedAt: now, resolutionNote: data.note });
}
