import Link from "next/link";
import { SurveyForm } from "@/components/public/survey/survey-form";
import { newSubmissionKey } from "@/lib/requests/submission-key";

export const metadata = { title: "Survei Kepuasan Masyarakat" };

export default function SurveyPage() {
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">Survei Kepuasan Masyarakat</h1>
        <p className="text-slate-700">
          Bantu kami memperbaiki layanan informasi publik. Survei ini terdiri atas sembilan pertanyaan sesuai
          PermenPANRB Nomor 14 Tahun 2017 dan tidak mencatat nama Anda. Hasilnya diumumkan di{" "}
          <Link href="/survei/hasil">halaman hasil survei</Link>.
        </p>
      </header>
      <section aria-label="Kuesioner survei" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <SurveyForm submissionKey={newSubmissionKey()} />
      </section>
    </div>
  );
}
