import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { authOptions } from "@/lib/auth/options";
import { hasPermission, type Permission, type Role } from "@/lib/auth/roles";

export type StaffUser = { id: string; name: string; username: string; role: Role };

// The session is only a pointer; the user row (active flag, current role) is the authority.
export const getCurrentUser = cache(async (): Promise<StaffUser | null> => {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, name: true, username: true, role: true, active: true },
  });
  if (!user || !user.active) return null;
  return { id: user.id, name: user.name, username: user.username, role: user.role };
});

export class ForbiddenError extends Error {
  constructor(public readonly permission: Permission) {
    super("Anda tidak berwenang melakukan tindakan ini.");
  }
}

/** Pure check used by services: throws ForbiddenError when the user's role lacks the permission. */
export function assertPermission(user: StaffUser, permission: Permission): void {
  if (!hasPermission(user.role, permission)) throw new ForbiddenError(permission);
}

/**
 * The one guard line at the top of every staff page, action and route handler.
 * Not logged in → login page; logged in without the permission → the refusal page. Nothing runs after it.
 */
export async function requirePermission(permission: Permission): Promise<StaffUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/masuk");
  if (!hasPermission(user.role, permission)) redirect(`/staf/tidak-berwenang?akses=${permission}`);
  return user;
}

export async function requireStaff(): Promise<StaffUser> {
  return requirePermission("readRequests");
}
