import "server-only";
import { db } from "@/lib/db";
import { requirePermission } from "@/lib/auth/guard";
import { hasPermission } from "@/lib/auth/roles";
import { currentVersion } from "./current-version";
import { todayInOffice } from "./today";

const versionSelect = { id: true, version: true, body: true, effectiveDate: true, approverName: true, changeNote: true, createdAt: true } as const;

/** The library with each document's version in force and whether the signed-in officer has read it. */
export async function listGuides() {
  const user = await requirePermission("readOversight");
  const docs = await db.guideDocument.findMany({
    orderBy: [{ order: "asc" }, { code: "asc" }],
    select: { id: true, code: true, title: true, kind: true, isPublic: true, versions: { select: { ...versionSelect, acknowledgements: { where: { userId: user.id }, select: { id: true } } } } },
  });
  const today = todayInOffice();
  return docs.map(({ versions, ...doc }) => {
    const current = currentVersion(versions, today);
    return { ...doc, current, readByMe: Boolean(current?.acknowledgements.length) };
  });
}

export async function getGuide(id: string) {
  const user = await requirePermission("readOversight");
  const doc = await db.guideDocument.findUnique({
    where: { id },
    select: { id: true, code: true, title: true, kind: true, isPublic: true, versions: { orderBy: { version: "desc" }, select: { ...versionSelect, acknowledgements: { select: { userId: true, at: true, user: { select: { name: true } } } } } } },
  });
  if (!doc) return null;
  const current = currentVersion(doc.versions, todayInOffice());
  const staff = await db.user.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } });
  const readIds = new Set(current?.acknowledgements.map((a) => a.userId) ?? []);
  return {
    doc,
    current,
    readByMe: readIds.has(user.id),
    notYetRead: staff.filter((s) => !readIds.has(s.id)),
    canPublish: hasPermission(user.role, "manageGuides"),
  };
}

/** Public: the published standards and the maklumat, each in its current version (no login). */
export async function publicStandards() {
  const docs = await db.guideDocument.findMany({
    where: { isPublic: true },
    orderBy: [{ order: "asc" }, { code: "asc" }],
    select: { id: true, code: true, title: true, kind: true, versions: { select: { version: true, body: true, effectiveDate: true, approverName: true } } },
  });
  const today = todayInOffice();
  return docs.flatMap(({ versions, ...doc }) => {
    const current = currentVersion(versions, today);
    return current ? [{ ...doc, current }] : [];
  });
}
