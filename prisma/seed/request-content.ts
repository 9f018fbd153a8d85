/** What a demo request asks for and who asks it: topic, applicant, how the information is wanted. */
import type { CopyDelivery, ObtainMethod, RequestChannel } from "@/lib/generated/prisma/enums";
import { buildApplicant, type Applicant } from "./applicants";
import type { AnyTopic } from "./decision-details";
import { pickPlace } from "./people";
import type { Rng } from "./random";
import type { Scenario } from "./scenarios";

export type RequestContent = Applicant & {
  informationRequested: string;
  purpose: string;
  obtainMethod: ObtainMethod;
  copyDelivery: CopyDelivery;
};

function defaultDelivery(rng: Rng, obtainMethod: ObtainMethod, email: string | null): CopyDelivery {
  if (obtainMethod === "SALINAN_SOFTCOPY") return email ? "EMAIL" : "AMBIL_LANGSUNG";
  if (obtainMethod === "SALINAN_HARDCOPY") return rng.weighted({ AMBIL_LANGSUNG: 6, POS: 2, KURIR: 1 });
  return "AMBIL_LANGSUNG";
}

export function describeRequest(rng: Rng, scenario: Scenario, channel: RequestChannel, topic: AnyTopic, year: number): RequestContent {
  const place = pickPlace(rng);
  const applicant = buildApplicant(rng, rng.pick(topic.personas), topic.theme, channel);
  const obtainMethod =
    scenario.obtain ?? rng.weighted<ObtainMethod>({ SALINAN_SOFTCOPY: 60, SALINAN_HARDCOPY: 18, MELIHAT_MEMBACA: 10, MENCATAT: 7, MENDENGARKAN: 5 });
  return {
    ...applicant,
    informationRequested: topic.subject({ year, regency: place.regency, market: place.market }),
    purpose: rng.pick(topic.purposes),
    obtainMethod,
    copyDelivery: scenario.delivery ?? defaultDelivery(rng, obtainMethod, applicant.email),
  };
}
