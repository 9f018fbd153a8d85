import Link from "next/link";
import { Card } from "@/components/ui/card";

export const metadata = { title: "Tidak berwenang" };

export default function ForbiddenPage() {
  return (
    <Card title="Akses ditolak">
      <p role="alert">Peran Anda tidak berwenang membuka halaman atau menjalankan tindakan ini. Tidak ada data yang diubah.</p>
      <p className="mt-3">
        <Link href="/staf">Kembali ke dasbor</Link>
      </p>
    </Card>
  );
}
