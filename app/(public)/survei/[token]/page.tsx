import Link from "next/link";
import { SurveyForm } from "@/components/public/survey/survey-form";
import { db } from "@/lib/db";
import { newSubmissionKey } from "@/lib/requests/submission-key";
import { findInvitation } from "@/lib/survey/invitations";

export const metadata = { title: "Survei Kepuasan Masyarakat" };

/** The one-time link sent to the requester of a completed request. */
export default async function InvitedSurveyPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await findInvitation(db, token);
  if (!invitation || invitation.usedAt) {
    return (
      <div className="mx-auto max-w-3xl space-y-4">
        <h1 className="text-2xl font-bold">Survei Kepuasan Masyarakat</h1>
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3">
          {invitation ? "Tautan survei ini sudah digunakan. Terima kasih, jawaban Anda sudah kami terima." : "Tautan survei tidak dikenal atau tidak berlaku."}{" "}
          Anda tetap dapat mengisi <Link href="/survei">survei umum</Link>.
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">Survei Kepuasan Masyarakat</h1>
        <p className="text-slate-700">
          Permohonan informasi <strong>{invitation.request.registrationNumber}</strong> telah selesai. Mohon nilai
          pelayanan yang Anda terima. Tautan ini hanya dapat digunakan satu kali.
        </p>
      </header>
      <section aria-label="Kuesioner survei" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <SurveyForm submissionKey={newSubmissionKey()} token={token} defaultService={`Permohonan informasi ${invitation.request.registrationNumber}`} />
      </section>
    </div>
  );
}
