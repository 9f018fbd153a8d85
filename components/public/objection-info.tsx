/** Grounds of an objection, UU 14/2008 Pasal 35 ayat (1) huruf a–g. */
export const OBJECTION_GROUNDS = [
  "permohonan informasi ditolak dengan alasan informasi dikecualikan (Pasal 17);",
  "informasi berkala (Pasal 9) tidak disediakan;",
  "permohonan informasi tidak ditanggapi;",
  "permohonan informasi ditanggapi tidak sebagaimana yang diminta;",
  "permohonan informasi tidak dipenuhi;",
  "pengenaan biaya yang tidak wajar;",
  "penyampaian informasi melebihi jangka waktu yang diatur.",
];

/** How to object (keberatan) and where it goes next: shown on the home page. */
export function ObjectionInfo({ agency }: { agency: { phone: string; email: string; address: string } }) {
  return (
    <div className="space-y-3 text-slate-800">
      <p>
        Bila Anda tidak puas, ajukan <strong>keberatan secara tertulis kepada Atasan PPID</strong> paling lambat{" "}
        <strong>30 hari kerja</strong> sejak alasan keberatan timbul. Sebutkan nomor registrasi permohonan Anda. Alasan
        keberatan menurut UU 14/2008 Pasal 35 ayat (1):
      </p>
      <ol className="list-[lower-alpha] space-y-1 pl-6">
        {OBJECTION_GROUNDS.map((ground) => (
          <li key={ground}>{ground}</li>
        ))}
      </ol>
      <p>
        Atasan PPID wajib memberi tanggapan tertulis paling lambat 30 hari kerja sejak keberatan diterima. Bila tetap tidak
        puas, atau tidak ada tanggapan, Anda dapat mengajukan sengketa informasi kepada Komisi Informasi Provinsi Nusa
        Tenggara Timur paling lambat 14 hari kerja sejak tanggapan diterima.
      </p>
      <p className="text-sm text-slate-700">
        Keberatan dapat disampaikan melalui surel {agency.email}, telepon {agency.phone}, atau langsung ke {agency.address}.
      </p>
    </div>
  );
}
