import "server-only";
import bcrypt from "bcryptjs";
import { db } from "@/lib/db";

const TIMING_DUMMY_HASH = "$2b$10$vMW4BSmvmfvKzERVRyHOvuzuyfdu/uIH94AbW3OdMsNbn5CVNEYby";

/** The user for a correct username + password of an active account (demo accounts only in demo mode). */
export async function verifyCredentials(username: string, password: string) {
  const user = await db.user.findUnique({
    where: { username },
    select: { id: true, name: true, username: true, active: true, isDemo: true, passwordHash: true },
  });
  if (!user || !user.active || (user.isDemo && process.env.DEMO_MODE !== "1")) {
    // Same cost as a real check, so response time does not reveal which usernames exist.
    await bcrypt.compare(password, TIMING_DUMMY_HASH);
    return null;
  }
  const ok = await bcrypt.compare(password, user.passwordHash);
  return ok ? { id: user.id, name: user.name, email: user.username } : null;
}
