import Link from "next/link";
import { requirePermission } from "@/lib/auth/guard";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { getTrainingOverview } from "@/lib/training/queries";
import { formatDate } from "@/lib/format/dates";
import { Card } from "@/components/ui/card";
import { AddParticipantForm, RoleCompetencyForm, TrainingEventForm } from "@/components/staff/training/training-forms";

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
        <p className="mb-2 text-sm text-slate-700">Kompetensi wajib: {required.map((r) => `${ROLE_LABELS[r.role]} — ${r.competency}`).join("; ") || "belum ditetapkan"}.</p>
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
              <p className="text-sm">
                Peserta:{" "}
                {e.participants.length === 0 ? "belum ada" : e.participants.map((p, i) => (
                  <span key={p.id}>{i > 0 && ", "}{p.user.name}{p.certificateFileId && <> (<Link href={`/staf/bukti/${p.certificateFileId}`}>sertifikat</Link>)</>}</span>
                ))}
              </p>
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
