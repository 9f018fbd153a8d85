import { Card } from "@/components/ui/card";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { formatRupiah } from "@/lib/format/rupiah";
import {
  APPLICANT_TYPE_LABELS,
  CHANNEL_LABELS,
  COPY_DELIVERY_LABELS,
  INFORMATION_FORM_LABELS,
  OBTAIN_METHOD_LABELS,
  OUTCOME_LABELS,
} from "@/lib/requests/labels";
import type { RequestDetail } from "@/lib/requests/detail-queries";
import { DataList } from "./data-list";

type Request = RequestDetail["request"];

export function ApplicantCard({ request }: { request: Request }) {
  return (
    <Card title="Pemohon">
      <DataList
        items={[
          ["Nama", request.applicantName],
          ["Jenis pemohon", APPLICANT_TYPE_LABELS[request.applicantType]],
          [request.applicantType === "BADAN_HUKUM" ? "Nomor SK Kemenkumham" : "NIK", request.applicantType === "BADAN_HUKUM" ? request.legalEntityDecree : request.nik],
          ["Alamat", request.address],
          ["Telepon", request.phone],
          ["Surel", request.email],
          ["Pekerjaan", request.occupation],
          ["Melalui kuasa", request.viaProxy ? `Ya, ${request.proxyName ?? ""}` : "Tidak"],
          [
            "Surat kuasa",
            request.powerOfAttorneyFile ? (
              <a key="poa" href={`/staf/berkas/${request.powerOfAttorneyFile.id}`} className="break-all underline">
                {request.powerOfAttorneyFile.originalName}
              </a>
            ) : null,
          ],
          ["Persetujuan data pribadi", formatDateTime(request.consentAt)],
        ]}
      />
    </Card>
  );
}

export function RequestCard({ request }: { request: Request }) {
  return (
    <Card title="Permohonan">
      <DataList
        items={[
          ["Diterima", formatDateTime(request.receivedAt)],
          ["Saluran", CHANNEL_LABELS[request.channel]],
          ["Kode lacak", <code key="code">{request.trackingCode}</code>],
          ["Petugas", request.assignedTo?.name ?? "Belum ditugaskan"],
          ["Informasi yang diminta", request.informationRequested],
          ["Tujuan penggunaan", request.purpose],
          ["Cara memperoleh", OBTAIN_METHOD_LABELS[request.obtainMethod]],
          ["Cara mendapatkan salinan", COPY_DELIVERY_LABELS[request.copyDelivery]],
        ]}
      />
    </Card>
  );
}

/** Shown once decided: the notice's content and, later, the hand-over. */
export function DecisionCard({ request }: { request: Request }) {
  if (!request.outcome) return null;
  return (
    <Card title="Keputusan dan penyerahan">
      <DataList
        items={[
          ["Keputusan", OUTCOME_LABELS[request.outcome]],
          ["Diputuskan pada", formatDateTime(request.decidedAt)],
          ["Tanggal pemberitahuan tertulis", formatDate(request.noticeDate)],
          ["Bentuk informasi", request.informationForm ? INFORMATION_FORM_LABELS[request.informationForm] : null],
          ["Dasar pengecualian", request.exemptionArticle ? `Pasal 17 huruf ${request.exemptionArticle} UU 14/2008` : null],
          ["Uji konsekuensi", request.consequenceTestRef],
          ["Bagian yang dihitamkan", request.redactionNote],
          ["Badan publik yang menguasai", request.holderName],
          ["Catatan keputusan", request.decisionNote],
          ["Tanggal penyerahan", request.deliveredAt ? formatDate(request.deliveredAt) : null],
          ["Cara penyerahan", request.deliveryMethod ? COPY_DELIVERY_LABELS[request.deliveryMethod] : null],
          ["Informasi yang diserahkan", request.deliveredInformation],
          ["Biaya", request.costAmount === null ? null : formatRupiah(request.costAmount)],
          ["Keterangan pembayaran", request.paymentNote],
          ["Ditutup pada", request.closedAt ? formatDateTime(request.closedAt) : null],
        ]}
      />
    </Card>
  );
}

export function PausesCard({ pauses }: { pauses: Request["pauses"] }) {
  if (pauses.length === 0) return null;
  return (
    <Card title="Klarifikasi">
      <ul className="space-y-3 text-sm">
        {pauses.map((p) => (
          <li key={p.id} className="rounded-md border border-slate-200 p-3">
            <p>
              <span className="font-medium">Diminta {formatDate(p.startDate)}:</span> {p.question}
            </p>
            <p className="mt-1">
              {p.resumeDate ? (
                <>
                  <span className="font-medium">Dijawab {formatDate(p.resumeDate)}:</span> {p.answer}
                </>
              ) : (
                <span className="text-amber-800">Menunggu jawaban pemohon.</span>
              )}
            </p>
          </li>
        ))}
      </ul>
    </Card>
  );
}
