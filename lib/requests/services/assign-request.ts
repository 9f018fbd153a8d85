import "server-only";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { assignSchema, type AssignInput } from "@/lib/requests/process-schemas";
import { parseOrRefuse, RuleError } from "@/lib/rule-error";
import type { Untrusted } from "@/lib/requests/services/types";
import { runTransition } from "@/lib/requests/services/run-transition";
import { ACTION_PERMISSION, ASSIGNABLE_ROLES } from "@/lib/requests/transitions";
import { notifyRequestAssigned } from "@/lib/notifications/messages"; // issue 3

/** Assigns (or re-assigns) the officer handling a request; a new request moves to DIPROSES. */
export async function assignRequest(user: StaffUser, input: Untrusted<AssignInput>, now = new Date()): Promise<void> {
  assertPermission(user, ACTION_PERMISSION.assign);
  const data = parseOrRefuse(assignSchema, input);
  await runTransition(user, "assign", data.requestId, now, async ({ tx, request, now }) => {
    const assignee = await tx.user.findUnique({
      where: { id: data.assigneeId },
      select: { id: true, name: true, role: true, active: true },
    });
    if (!assignee || !assignee.active || !(ASSIGNABLE_ROLES as readonly string[]).includes(assignee.role)) {
      throw RuleError.at("assigneeId", "Pilih pengguna aktif dengan peran Petugas atau PPID.");
    }
    if (assignee.id === request.assignedToId) {
      throw RuleError.at("assigneeId", "Permohonan sudah ditugaskan kepada petugas ini.");
    }
    await notifyRequestAssigned(tx, data.requestId, assignee.id, now); // issue 3
    return {
      data: { assignedToId: assignee.id, status: request.status === "DITERIMA" ? "DIPROSES" : request.status },
      event: {
        type: "ASSIGNED",
        note: `Ditugaskan kepada ${assignee.name} (${ROLE_LABELS[assignee.role]}).`,
        data: { assigneeId: assignee.id, previousAssigneeId: request.assignedToId },
      },
    };
  });
}
