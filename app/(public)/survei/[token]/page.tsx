import Link from "next/link";
import { SurveyForm } from "@/components/public/survey/survey-form";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/format/dates";
import { newSubmissionKey } from "@/lib/requests/submission-key";
import { invitationView } from "@/lib/survey/invitations";
import { expiredSurveyLinkText } from "@/lib/survey/link-validity";

export const metadata = { title: "Survei Kepuasan Masyarakat" };

/** The one-time link sent to the requester of a completed request, usable until its last day. */
export default async function InvitedSurveyPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await invitationView(db, token);
  if (view.kind !== "open") {
    const notice =
      view.kind === "used" ? "Tautan survei ini sudah digunakan. Terima kasih, jawaban Anda sudah kami terima."
      : view.kind === "expired" ? expiredSurveyLinkText(view.lastDay)
      : "Tautan survei tidak dikenal atau tidak berlaku.";
    return (
      <div className="mx-auto max-w-3xl space-y-4">
        <h1 className="text-2xl font-bold">Survei Kepuasan Masyarakat</h1>
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3">
          {notice} Anda tetap dapat mengisi <Link href="/survei">survei umum</Link>
          {view.kind === "expired" ? "; masukan Anda tetap kami terima dengan senang hati." : "."}
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">Survei Kepuasan Masyarakat</h1>
        <p className="text-slate-700">
          Permohonan informasi <strong>{view.registrationNumber}</strong> telah selesai. Mohon nilai pelayanan yang Anda
          terima. Tautan ini hanya dapat digunakan satu kali, paling lambat {formatDate(view.lastDay)}.
        </p>
      </header>
      <section aria-label="Kuesioner survei" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <SurveyForm submissionKey={newSubmissionKey()} token={token} defaultService={`Permohonan informasi ${view.registrationNumber}`} />
      </section>
    </div>
  );
}
