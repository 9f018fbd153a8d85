import type { Metadata } from "next";
import { TrackingApiDocs } from "@/components/public/tracking-api-docs";
import { TrackingForm } from "@/components/public/tracking-form";
import { TrackingResult } from "@/components/public/tracking-result";
import { FormMessage } from "@/components/ui/form-message";
import { PublicObjectionList } from "@/components/objections/public-objection-list";
import { objectionsOfVerifiedRequest } from "@/lib/objections/public-queries";
import { PublicLetterList } from "@/components/documents/public-letter-list";
import { lettersOfVerifiedRequest } from "@/lib/documents/queries";
import { attachmentsOfVerifiedRequest } from "@/lib/files/request-attachments";
import { currentClientIp } from "@/lib/rate-limit/current-client";
import { lookupTrackedRequest } from "@/lib/requests/tracking-lookup";
import { getAgencyProfile } from "@/lib/settings/agency";
import { SurveyInvitationNotice } from "@/components/public/survey/survey-invitation-notice"; // issue 5
import { db } from "@/lib/db";
import { surveyLinkOfVerifiedRequest } from "@/lib/survey/invitations";
import { paramText, type SearchParams } from "@/lib/http/search-params";

// The secret code may be in the address: never send it to another site, never index the page.
export const metadata: Metadata = { title: "Lacak permohonan", referrer: "no-referrer", robots: { index: false, follow: false } };


export default async function TrackingPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = await searchParams;
  const nomor = paramText(query.nomor);
  const kode = paramText(query.kode);
  const asked = nomor !== "" || kode !== "";
  const lookup = asked ? await lookupTrackedRequest(nomor, kode, await currentClientIp()) : null;
  // issue 3: the requester's objections, only after number + code matched.
  const objections = lookup?.kind === "found" ? await objectionsOfVerifiedRequest(lookup.request.registrationNumber) : [];
  const letters = lookup?.kind === "found" ? await lettersOfVerifiedRequest(lookup.request.registrationNumber) : [];
  const files = lookup?.kind === "found" ? await attachmentsOfVerifiedRequest(lookup.request.registrationNumber) : [];
  const agency = lookup?.kind === "found" ? await getAgencyProfile() : null;
  const survey = lookup?.kind === "found" ? await surveyLinkOfVerifiedRequest(db, lookup.request.registrationNumber) : null;

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">Lacak permohonan informasi</h1>
        <p className="text-slate-700">
          Masukkan nomor registrasi dan kode pelacakan yang tertera pada bukti permohonan. Hanya pemegang kode yang dapat
          melihat permohonan.
        </p>
      </header>
      <TrackingForm nomor={nomor} kode={kode} />
      {lookup && lookup.kind !== "found" && <FormMessage message={lookup.message} />}
      {lookup?.kind === "found" && agency && <TrackingResult request={lookup.request} contact={{ phone: agency.phone, email: agency.email }} />}
      <SurveyInvitationNotice link={survey} />
      <PublicLetterList letters={letters} files={files} nomor={nomor} kode={kode} />
      <PublicObjectionList objections={objections} />
      <TrackingApiDocs />
    </div>
  );
}
