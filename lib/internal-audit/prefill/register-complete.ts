/**
 * Is a decided request's register line complete (domain README §3 columns)? Pure. Contact means a
 * phone or an e-mail; the decision columns required depend on the outcome.
 */
import type { InformationForm, RequestOutcome } from "@/lib/generated/prisma/enums";

export type RegisterFields = {
  applicantName: string;
  address: string;
  phone: string | null;
  email: string | null;
  occupation: string;
  informationRequested: string;
  purpose: string;
  outcome: RequestOutcome | null;
  noticeDate: Date | null;
  informationForm: InformationForm | null;
  holderName: string | null;
  exemptionArticle: string | null;
  consequenceTestRef: string | null;
  redactionNote: string | null;
};

const filled = (value: string | null | undefined) => Boolean(value && value.trim());

export function isRegisterComplete(row: RegisterFields): boolean {
  const base =
    [row.applicantName, row.address, row.occupation, row.informationRequested, row.purpose].every(filled) &&
    (filled(row.phone) || filled(row.email)) &&
    row.outcome !== null &&
    row.noticeDate !== null;
  if (!base) return false;
  switch (row.outcome) {
    case "DIKABULKAN_SELURUHNYA":
      return row.informationForm !== null;
    case "DIKABULKAN_SEBAGIAN":
      return row.informationForm !== null && filled(row.redactionNote);
    case "DITOLAK_DIKECUALIKAN":
      return filled(row.exemptionArticle) && filled(row.consequenceTestRef);
    case "TIDAK_DIKUASAI":
      return filled(row.holderName);
    default:
      return true;
  }
}
