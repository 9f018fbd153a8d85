import Link from "next/link";

export const metadata = { title: "Terima kasih" };

export default function SurveyThanksPage() {
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">Terima kasih</h1>
      <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
        Jawaban survei Anda telah kami terima. Masukan Anda kami gunakan untuk memperbaiki layanan.
      </p>
      <p><Link href="/survei/hasil">Lihat hasil Survei Kepuasan Masyarakat</Link></p>
    </div>
  );
}
