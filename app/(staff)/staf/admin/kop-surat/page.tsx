import { ActionForm } from "@/components/forms/action-form";
import { requirePermission } from "@/lib/auth/guard";
import { getUploadRules } from "@/lib/files/upload-settings";
import { getLetterhead } from "@/lib/settings/letterhead";
import { saveLetterheadAction } from "@/lib/settings/letterhead-actions";

export const metadata = { title: "Kop surat" };

export default async function LetterheadPage() {
  await requirePermission("manageSettings");
  const [letterhead, rules] = await Promise.all([getLetterhead(), getUploadRules()]);
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">Kop surat, penandatangan dan unggahan</h1>
      <p className="text-sm text-slate-700">Nama instansi, alamat, telepon dan surel kop surat diambil dari profil instansi (menu Pengaturan).</p>
      <ActionForm
        action={saveLetterheadAction}
        submitLabel="Simpan"
        fields={[
          { name: "city", label: "Kota (tempat surat)", kind: "text", required: true, defaultValue: letterhead.city },
          { name: "ppidName", label: "Nama PPID penandatangan", kind: "text", required: true, defaultValue: letterhead.ppidName },
          { name: "ppidNip", label: "NIP PPID", kind: "text", defaultValue: letterhead.ppidNip },
          { name: "ppidPosition", label: "Jabatan penandatangan", kind: "text", required: true, defaultValue: letterhead.ppidPosition },
          { name: "logo", label: letterhead.logoFileId ? "Ganti logo (PNG/JPEG)" : "Logo (PNG/JPEG)", kind: "file", accept: "image/png,image/jpeg" },
          { name: "maxMegabytes", label: "Batas ukuran unggahan (MB)", kind: "text", required: true, defaultValue: String(rules.maxBytes / (1024 * 1024)) },
        ]}
      />
    </div>
  );
}
