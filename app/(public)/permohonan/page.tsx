import Link from "next/link";
import { RequestForm } from "@/components/public/request-form";
import { newSubmissionKey } from "@/lib/requests/submission-key";

export const metadata = { title: "Ajukan permohonan informasi" };

export default function RequestPage() {
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">Formulir permohonan informasi publik</h1>
        <p className="text-slate-700">
          Isi formulir di bawah ini. Setelah dikirim Anda langsung menerima <strong>nomor registrasi</strong> dan{" "}
          <strong>kode pelacakan</strong> pada bukti permohonan. Simpan keduanya untuk{" "}
          <Link href="/lacak">melacak permohonan</Link>. Layanan ini tidak dipungut biaya.
        </p>
        <p className="text-sm text-slate-600">
          Pemberitahuan tertulis atas permohonan Anda wajib diberikan paling lambat 10 hari kerja sejak permohonan
          diterima, dan dapat diperpanjang paling lama 7 hari kerja dengan alasan tertulis (UU 14/2008 Pasal 22).
        </p>
      </header>
      <section aria-label="Formulir permohonan" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        {/* A fresh key per page view: every copy of the form is one submission, however often it is sent. */}
        <RequestForm submissionKey={newSubmissionKey()} />
      </section>
    </div>
  );
}
