import "server-only";
import { db } from "@/lib/db";
import { requirePermission } from "@/lib/auth/guard";
import { hasPermission } from "@/lib/auth/roles";
import { competencyGaps, hoursByOfficerYear, type Attendance } from "./records";

/** Events with participants, hours per officer per year, and who lacks a competency their role requires. */
export async function getTrainingOverview() {
  const user = await requirePermission("readOversight");
  const [events, officers, required] = await Promise.all([
    db.trainingEvent.findMany({
      orderBy: { date: "desc" },
      select: {
        id: true, title: true, organiser: true, date: true, hours: true, topic: true, competency: true,
        participants: { orderBy: { user: { name: "asc" } }, select: { id: true, certificateFileId: true, user: { select: { id: true, name: true } } } },
      },
    }),
    db.user.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true, role: true } }),
    db.roleCompetency.findMany({ orderBy: [{ role: "asc" }, { competency: "asc" }], select: { id: true, role: true, competency: true } }),
  ]);
  const attendances: Attendance[] = events.flatMap((e) =>
    e.participants.map((p) => ({ userId: p.user.id, year: e.date.getUTCFullYear(), hours: e.hours, competency: e.competency })),
  );
  const hours = hoursByOfficerYear(attendances);
  // The current year always has a column, even before anyone attends (or when a training is scheduled ahead).
  const years = [...new Set([new Date().getUTCFullYear(), ...attendances.map((a) => a.year)])].sort((a, b) => b - a);
  return {
    events,
    officers,
    years,
    hours,
    required,
    gaps: competencyGaps(officers, required, attendances),
    canManage: hasPermission(user.role, "manageTraining"),
  };
}
