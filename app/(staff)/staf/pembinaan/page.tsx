import Link from "next/link";
import { requirePermission } from "@/lib/auth/guard";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { getTrainingOverview } from "@/lib/training/queries";
import { formatDate } from "@/lib/format/dates";
import { Card } from "@/components/ui/card";
import { AddParticipantForm, RoleCompetencyForm, TrainingEventForm } from "@/components/staff/training/training-forms";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { removeRoleCompetencyAction, removeTrainingParticipantAction } from "@/lib/training/actions";

export const metadata = { title: "Pelatihan dan pembinaan" };

const hoursText = (n: number | undefined) => (n ? n.toLocaleString("id-ID") : "—");

export default async function TrainingPage() {
  await requirePermission("readOversight");
  const { events, officers, years, hours, required, gaps, canManage } = await getTrainingOverview();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Pelatihan dan pembinaan</h1>
      <Card title="Jam pelatihan per pegawai per tahun">
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Jam pelatihan per pegawai per tahun</caption>
            <thead><tr className="border-b border-slate-200"><th scope="col" className="py-1 pr-3">Pegawai</th>{years.map((y) => <th key={y} scope="col" className="py-1 pr-3">{y}</th>)}</tr></thead>
            <tbody>
              {officers.map((o) => (
                <tr key={o.id} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-3 font-normal">{o.name} <span className="text-xs text-slate-600">({ROLE_LABELS[o.role]})</span></th>
                  {years.map((y) => <td key={y} className="py-1 pr-3 tabular-nums">{hoursText(hours.get(o.id)?.get(y))}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
      <Card title="Kompetensi wajib yang belum dimiliki">
        {required.length === 0 ? <p className="mb-2 text-sm text-slate-700">Kompetensi wajib belum ditetapkan.</p> : (
          <ul className="mb-3 space-y-1 text-sm text-slate-700" aria-label="Kompetensi wajib per peran">
            {required.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center gap-2">
                <span>Kompetensi wajib {ROLE_LABELS[r.role]}: {r.competency}</span>
                {canManage && <ConfirmActionButton action={removeRoleCompetencyAction.bind(null, r.id)} label="Hapus" accessibleLabel={`Hapus kompetensi wajib ${r.competency} untuk ${ROLE_LABELS[r.role]}`} confirmText={`Hapus kompetensi wajib "${r.competency}" untuk ${ROLE_LABELS[r.role]}?`} />}
              </li>
            ))}
          </ul>
        )}
        {gaps.length === 0 ? (
          <p className="text-sm">Semua pegawai telah memiliki kompetensi wajib perannya.</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5 text-sm" data-testid="competency-gaps">
            {gaps.map((g) => <li key={g.officer.id}>{g.officer.name} ({ROLE_LABELS[g.officer.role as keyof typeof ROLE_LABELS]}): {g.missing.join(", ")}</li>)}
          </ul>
        )}
      </Card>
      <Card title="Daftar pelatihan">
        <ul className="space-y-4">
          {events.map((e) => (
            <li key={e.id} className="space-y-2 border-b border-slate-100 pb-4 last:border-0">
              <p className="font-semibold">{e.title}</p>
              <p className="text-sm text-slate-700">{formatDate(e.date)} · {e.organiser} · {hoursText(e.hours)} jam · {e.topic}{e.competency && ` · kompetensi: ${e.competency}`}</p>
              {e.participants.length === 0 ? <p className="text-sm">Peserta: belum ada</p> : (
                <ul className="space-y-1 text-sm" aria-label={`Peserta ${e.title}`}>
                  {e.participants.map((p) => (
                    <li key={p.id} className="flex flex-wrap items-center gap-2">
                      <span>{p.user.name}{p.certificateFileId && <> (<Link href={`/staf/bukti/${p.certificateFileId}`}>sertifikat</Link>)</>}</span>
                      {canManage && <ConfirmActionButton action={removeTrainingParticipantAction.bind(null, p.id)} label="Hapus" accessibleLabel={`Hapus peserta ${p.user.name} dari ${e.title}`} confirmText={`Hapus ${p.user.name} dari peserta "${e.title}"? Sertifikatnya ikut dihapus.`} />}
                    </li>
                  ))}
                </ul>
              )}
              {canManage && (
                <details>
                  <summary className="cursor-pointer text-sm font-semibold text-brand-700">Ubah data pelatihan</summary>
                  <div className="mt-2">
                    <TrainingEventForm event={{ id: e.id, title: e.title, organiser: e.organiser, date: e.date.toISOString().slice(0, 10), hours: String(e.hours).replace(".", ","), topic: e.topic, competency: e.competency ?? "" }} />
                  </div>
                </details>
              )}
              {canManage && (
                <details>
                  <summary className="cursor-pointer text-sm font-semibold text-brand-700">Tambah peserta atau sertifikat</summary>
                  <div className="mt-2"><AddParticipantForm eventId={e.id} title={e.title} officers={officers} /></div>
                </details>
              )}
            </li>
          ))}
        </ul>
      </Card>
      {canManage && <TrainingEventForm />}
      {canManage && <RoleCompetencyForm roles={Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }))} />}
    </div>
  );
}
