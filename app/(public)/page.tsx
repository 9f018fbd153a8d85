import Link from "next/link";
import { ObjectionInfo } from "@/components/public/objection-info";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CHANNEL_LABELS } from "@/lib/requests/labels";
import { getAgencyProfile } from "@/lib/settings/agency";

export default async function HomePage() {
  const agency = await getAgencyProfile();
  return (
    <div className="space-y-6">
      <section className="space-y-3 rounded-lg bg-brand-50 p-5 sm:p-8">
        <h1 className="text-2xl font-bold sm:text-3xl">Layanan Informasi Publik</h1>
        <p className="max-w-3xl text-slate-800">
          Setiap warga negara Indonesia dan badan hukum Indonesia berhak memperoleh informasi publik dari {agency.name}{" "}
          sesuai Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik. Ajukan permohonan secara daring,
          dapatkan nomor registrasi seketika, dan pantau prosesnya kapan saja.
        </p>
        <div className="flex flex-col gap-3 sm:flex-row">
          <Link href="/permohonan" className={buttonClass("primary")}>Ajukan permohonan informasi</Link>
          <Link href="/lacak" className={buttonClass("secondary")}>Lacak permohonan</Link>
        </div>
      </section>

      <div className="grid gap-6 md:grid-cols-2">
        <Card title="Informasi yang dapat dimohon">
          <p className="text-slate-800">
            Semua informasi yang dihasilkan, disimpan, dikelola, dikirim atau diterima Dinas, misalnya program dan kegiatan,
            rencana kerja dan anggaran, laporan kinerja dan keuangan, peraturan dan kebijakan, serta data perindustrian dan
            perdagangan. Hanya informasi yang dikecualikan menurut UU 14/2008 Pasal 17, setelah uji konsekuensi, yang dapat
            ditolak, dan penolakan itu wajib disertai alasannya.
          </p>
        </Card>
        <Card title="Jangka waktu">
          <ul className="list-disc space-y-1 pl-5 text-slate-800">
            <li>Nomor registrasi diberikan saat permohonan diterima.</li>
            <li>Pemberitahuan tertulis paling lambat <strong>10 hari kerja</strong> sejak permohonan diterima.</li>
            <li>Dapat diperpanjang paling lama <strong>7 hari kerja</strong> dengan alasan tertulis.</li>
            <li>Hari kerja: Senin–Jumat, tidak termasuk hari libur nasional dan cuti bersama.</li>
          </ul>
        </Card>
        <Card title="Biaya">
          <p className="text-slate-800">
            Layanan informasi <strong>tidak dipungut biaya</strong>. Yang dapat dibebankan hanya biaya nyata penggandaan
            (fotokopi/cetak salinan) dan pengiriman, sesuai tarif yang diumumkan. Tidak ada biaya lain.
          </p>
        </Card>
        <Card title="Cara mengajukan">
          <p className="text-slate-800">
            Melalui {Object.values(CHANNEL_LABELS).map((label) => label.toLowerCase()).join(", ")}. Permohonan lisan
            dicatat oleh petugas. Siapkan NIK (perorangan/kelompok) atau nomor SK pengesahan badan hukum, alamat, dan nomor
            telepon atau surel.
          </p>
          <p className="mt-2 text-sm text-slate-700">
            {agency.address} · Telepon {agency.phone} · Surel {agency.email}
          </p>
        </Card>
      </div>

      <Card title="Jika Anda tidak puas: keberatan">
        <ObjectionInfo agency={agency} />
      </Card>
    </div>
  );
}
