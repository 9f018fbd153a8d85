import "server-only";
import { db } from "@/lib/db";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import type { ObjectionStatus } from "@/lib/generated/prisma/enums";

const LIST_SELECT = {
  id: true, registrationNumber: true, receivedAt: true, status: true, late: true, lateAcceptedAt: true, answerDueDate: true,
  grounds: true, decision: true, request: { select: { registrationNumber: true, applicantName: true } },
} as const;

/** Objections, oldest deadline first; the Atasan's inbox is status DIAJUKAN. */
export async function listObjections(user: StaffUser, status?: ObjectionStatus) {
  assertPermission(user, "readObjections");
  return db.objection.findMany({ where: status ? { status } : {}, orderBy: [{ answerDueDate: "asc" }, { receivedAt: "asc" }], take: 200, select: LIST_SELECT });
}

export async function objectionDetail(user: StaffUser, id: string) {
  assertPermission(user, "readObjections");
  return db.objection.findUnique({
    where: { id },
    include: {
      proxyFile: { select: { id: true, originalName: true } },
      request: {
        select: {
          id: true, registrationNumber: true, applicantName: true, informationRequested: true, purpose: true, outcome: true,
          noticeDate: true, dueDate: true, proxyName: true,
        },
      },
    },
  });
}

/** Register keberatan rows (domain README §4) for a period of receipt. */
export async function objectionRegisterRows(user: StaffUser, range: { from: Date; to: Date }) {
  assertPermission(user, "exportRegister");
  return db.objection.findMany({
    where: { receivedAt: { gte: range.from, lt: range.to } },
    orderBy: [{ year: "asc" }, { sequence: "asc" }],
    select: {
      registrationNumber: true, receivedAt: true, viaProxy: true, proxyName: true, grounds: true, late: true, decision: true,
      decisionReasons: true, orderedAction: true, answerDate: true, atasanName: true, atasanPosition: true, requesterReaction: true,
      disputeStage: true, disputeResult: true, settlementTerms: true,
      request: { select: { registrationNumber: true, applicantName: true, informationRequested: true, purpose: true } },
    },
  });
}

export type ObjectionRegisterRow = Awaited<ReturnType<typeof objectionRegisterRows>>[number];
