/**
 * Column groups of InformationRequest that several queries select together (request page, audit
 * snapshot of a transition, register permohonan). Spread them into a `select`; they stay `as const`
 * so Prisma still infers the exact row type. The public tracking page keeps its own narrower list
 * on purpose (it must not show internal notes).
 */
import type { Prisma } from "@/lib/generated/prisma/client";

/** The applicant and what they asked, as the register permohonan lists them. */
export const REGISTER_APPLICANT_COLUMNS = {
  applicantName: true,
  address: true,
  phone: true,
  email: true,
  occupation: true,
  informationRequested: true,
  purpose: true,
  obtainMethod: true,
} as const satisfies Prisma.InformationRequestSelect;

/** The stored due dates and the extension (see lib/requests/request-deadlines). */
export const DEADLINE_COLUMNS = {
  noticeDueDate: true,
  extendedDueDate: true,
  dueDate: true,
  extendedAt: true,
  extensionReason: true,
  holidayDataWarning: true,
} as const satisfies Prisma.InformationRequestSelect;

/** The decision as the register permohonan lists it. */
export const REGISTER_DECISION_COLUMNS = {
  outcome: true,
  noticeDate: true,
  exemptionArticle: true,
  consequenceTestRef: true,
  redactionNote: true,
  holderName: true,
  informationForm: true,
} as const satisfies Prisma.InformationRequestSelect;

/** The whole written decision (pemberitahuan tertulis). */
export const DECISION_COLUMNS = {
  ...REGISTER_DECISION_COLUMNS,
  decidedAt: true,
  decisionNote: true,
} as const satisfies Prisma.InformationRequestSelect;

/** Delivery of the information as the register permohonan lists it. */
export const REGISTER_DELIVERY_COLUMNS = {
  deliveredAt: true,
  costAmount: true,
  paymentNote: true,
} as const satisfies Prisma.InformationRequestSelect;

/** The whole delivery record. */
export const DELIVERY_COLUMNS = {
  ...REGISTER_DELIVERY_COLUMNS,
  deliveryMethod: true,
  deliveredInformation: true,
} as const satisfies Prisma.InformationRequestSelect;
