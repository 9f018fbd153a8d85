import { RATE_LIMITS } from "@/lib/rate-limit/policies";

const EXAMPLE = `{
  "registrationNumber": "0007/PMH/PPID-DPP/2026",
  "receivedAt": "2026-03-12T02:15:00.000Z",
  "status": { "code": "DIPROSES", "label": "Sedang diproses" },
  "clarificationQuestion": null,
  "deadlines": {
    "clockStartDate": "2026-03-12", "noticeDueDate": "2026-04-02",
    "extendedDueDate": null, "dueDate": "2026-04-02", "extensionReason": null
  },
  "decision": { "outcome": null, "decidedAt": null, "noticeDate": null, ... },
  "delivery": { "deliveredAt": null, "method": null, "information": null, "costAmount": null },
  "timeline": [{ "type": "DITERIMA", "label": "Permohonan diterima dan diregistrasi", "at": "2026-03-12T02:15:00.000Z" }]
}`;

/** "Untuk pengembang": the JSON twin of /lacak. */
export function TrackingApiDocs() {
  const limit = RATE_LIMITS.trackingLookup;
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <summary className="cursor-pointer font-semibold">Untuk pengembang: data pelacakan dalam format JSON</summary>
      <div className="mt-3 space-y-2">
        <p>
          <code className="break-all">GET /api/lacak?nomor=&lt;nomor registrasi&gt;&amp;kode=&lt;kode pelacakan&gt;</code>
        </p>
        <ul className="list-disc space-y-1 pl-5">
          <li><strong>200</strong>: data permohonan (contoh di bawah). Tanggal kalender berformat YYYY-MM-DD (zona waktu kantor, WITA); waktu dalam ISO 8601 UTC.</li>
          <li><strong>400</strong>: nomor atau kode tidak diisi.</li>
          <li><strong>404</strong>: nomor dan kode tidak cocok (tanpa keterangan mana yang salah).</li>
          <li>
            <strong>429</strong>: lebih dari {limit.limit} pelacakan per {limit.windowSeconds / 60} menit dari satu alamat; lihat header{" "}
            <code>Retry-After</code>.
          </li>
        </ul>
        <p>Kesalahan dikembalikan sebagai <code>{`{ "error": "pesan" }`}</code>. Tanggapan tidak disimpan di cache.</p>
        <p>
          <code>clarificationQuestion</code> berisi pertanyaan klarifikasi yang masih menunggu jawaban pemohon (selama
          itu penghitungan waktu dihentikan), atau <code>null</code>.
        </p>
        <pre className="overflow-x-auto rounded bg-slate-900 p-3 text-xs text-slate-100">{EXAMPLE}</pre>
      </div>
    </details>
  );
}
