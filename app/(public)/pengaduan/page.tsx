import type { Metadata } from "next";
import Link from "next/link";
import { ComplaintPublicForm } from "@/components/complaints/complaint-public-form";

export const metadata: Metadata = { title: "Pengaduan layanan informasi" };

export default function ComplaintPage() {
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">Pengaduan layanan informasi</h1>
        <p className="text-slate-700">
          Sampaikan pengaduan atas pelayanan informasi publik kami. Anda dapat mengirim tanpa identitas; simpan nomor dan
          kode pelacakan yang diberikan untuk melihat tanggapan di <Link href="/pengaduan/status">halaman status pengaduan</Link>.
        </p>
      </header>
      <ComplaintPublicForm />
    </div>
  );
}
