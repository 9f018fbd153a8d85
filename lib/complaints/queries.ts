import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import type { ComplaintCategory, ComplaintStatus } from "@/lib/generated/prisma/enums";
import { CATEGORY_VALUES } from "./labels";

export async function listComplaints(user: StaffUser, status?: ComplaintStatus) {
  assertPermission(user, "readComplaints");
  return db.complaint.findMany({
    where: status ? { status } : {},
    orderBy: { receivedAt: "desc" },
    take: 200,
    select: { id: true, registrationNumber: true, receivedAt: true, category: true, status: true, anonymous: true, assignedToId: true },
  });
}

export async function complaintDetail(user: StaffUser, id: string) {
  assertPermission(user, "readComplaints");
  return db.complaint.findUnique({
    where: { id },
    include: { attachments: { include: { file: { select: { id: true, originalName: true, size: true } } } }, request: { select: { id: true, registrationNumber: true } } },
  });
}

// issue 5: the report figures live in report-queries.ts (no auth import, so the CLI report can use them).
export { complaintCountsByCategory, complaintResolutionTimes, type Period } from "./report-queries";

export async function complaintHandlers() {
  return db.user.findMany({ where: { active: true, role: { in: ["ADMIN", "PPID", "PETUGAS"] } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}
