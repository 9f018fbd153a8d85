import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { instrumentDetail } from "@/lib/internal-audit/instrument-queries";
import { activateInstrumentAction, removeInstrumentItemAction } from "@/lib/internal-audit/instrument-actions";
import { Card } from "@/components/ui/card";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { CopyInstrumentForm, InstrumentItemForm } from "@/components/staff/oversight/instrument-forms";

export const metadata = { title: "Instrumen audit internal" };

const levelsOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

export default async function InstrumentPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("readOversight");
  const data = await instrumentDetail(user, (await params).id);
  if (!data) notFound();
  const { instrument, canManage, editable, sources } = data;
  const sourceLabel = new Map(sources.map((s) => [s.value, s.label]));
  return (
    <div className="space-y-4">
      <p className="text-sm"><Link href="/staf/audit/instrumen">← Instrumen audit</Link></p>
      <h1 className="text-2xl font-bold">{instrument.name}</h1>
      <p className="text-sm text-slate-700">
        {instrument.active ? "Aktif: dipakai untuk audit baru." : "Tidak aktif."} Dipakai {instrument._count.audits} audit.
        {!editable && canManage && " Instrumen yang sudah dipakai tidak dapat diubah; salin sebagai versi baru untuk mengubahnya."}
      </p>
      {canManage && (
        <div className="grid gap-4 lg:grid-cols-2">
          <CopyInstrumentForm instrumentId={instrument.id} suggestedName={`${instrument.name} (versi baru)`} />
          {!instrument.active && (
            <div><ConfirmActionButton action={activateInstrumentAction.bind(null, instrument.id)} label="Aktifkan untuk audit berikutnya" accessibleLabel="Aktifkan instrumen ini untuk audit berikutnya" confirmText="Audit baru akan memakai instrumen ini. Lanjutkan?" /></div>
          )}
        </div>
      )}
      {instrument.sections.map((section) => (
        <Card key={section.id} title={section.title}>
          <ol className="space-y-4">
            {section.items.map((item) => (
              <li key={item.id} className="space-y-2 border-b border-slate-100 pb-3 last:border-0">
                <p><span className="font-semibold">{item.code}</span> {item.question}</p>
                <p className="text-xs text-slate-600">
                  Bobot {item.weight.toLocaleString("id-ID")} · nilai 0–{item.maxScore}{item.prefillSource && ` · diisi otomatis: ${sourceLabel.get(item.prefillSource) ?? item.prefillSource}`}
                </p>
                <ol start={0} className="list-decimal pl-8 text-sm text-slate-700">{levelsOf(item.levels).map((level, n) => <li key={n} value={n}>{level}</li>)}</ol>
                {editable && (
                  <details>
                    <summary className="cursor-pointer text-sm font-semibold text-brand-700">Ubah butir {item.code}</summary>
                    <div className="mt-2 space-y-2">
                      <InstrumentItemForm instrumentId={instrument.id} sectionId={section.id} item={{ ...item, levels: levelsOf(item.levels) }} sources={sources} />
                      <ConfirmActionButton action={removeInstrumentItemAction.bind(null, instrument.id, item.id)} label="Hapus butir" accessibleLabel={`Hapus butir ${item.code}`} confirmText={`Hapus butir ${item.code}?`} />
                    </div>
                  </details>
                )}
              </li>
            ))}
          </ol>
          {editable && (
            <details className="mt-3">
              <summary className="cursor-pointer text-sm font-semibold text-brand-700">Tambah butir pada {section.title}</summary>
              <div className="mt-2"><InstrumentItemForm instrumentId={instrument.id} sectionId={section.id} sources={sources} /></div>
            </details>
          )}
        </Card>
      ))}
    </div>
  );
}
