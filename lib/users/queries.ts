import "server-only";
import { db } from "@/lib/db";
import { requirePermission } from "@/lib/auth/guard";
import { SAFE_USER_SELECT } from "@/lib/users/user-writes";

export async function listUsers() {
  await requirePermission("manageUsers");
  return db.user.findMany({
    select: { ...SAFE_USER_SELECT, isDemo: true, createdAt: true },
    orderBy: [{ active: "desc" }, { username: "asc" }],
  });
}

export async function getUserForAdmin(id: string) {
  await requirePermission("manageUsers");
  return db.user.findUnique({ where: { id }, select: { ...SAFE_USER_SELECT, isDemo: true, createdAt: true, updatedAt: true } });
}
