"use client";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { addRoleCompetencyAction, addTrainingParticipantAction, createTrainingEventAction, updateTrainingEventAction } from "@/lib/training/actions";
import { OversightForm, useOversightAction } from "@/components/staff/oversight/oversight-form";

type TrainingEventValues = { id: string; title: string; organiser: string; date: string; hours: string; topic: string; competency: string };

/** New event, or (with `event`) the correction of one; the same fields and schema either way. */
export function TrainingEventForm({ event }: { event?: TrainingEventValues }) {
  const form = useOversightAction(event ? updateTrainingEventAction.bind(null, event.id) : createTrainingEventAction);
  const suffix = event ? `-${event.id}` : "";
  const text = (name: keyof TrainingEventValues, label: string, type = "text", hint?: string) => (
    <Field id={`training-${name}${suffix}`} label={label} hint={hint} error={form.error(name)} required={name !== "competency"}>
      <input name={name} type={type} defaultValue={form.value(name, event?.[name])} className={inputClass} {...fieldAria(`training-${name}${suffix}`, form.error(name), Boolean(hint))} />
    </Field>
  );
  return (
    <OversightForm title={event ? `Ubah pelatihan: ${event.title}` : "Catat pelatihan"} form={form} submitLabel={event ? "Simpan perubahan" : "Simpan pelatihan"} variant={event ? "secondary" : "primary"}>
      <div className="grid gap-3 sm:grid-cols-2">
        {text("title", "Judul pelatihan")}
        {text("organiser", "Penyelenggara")}
        {text("date", "Tanggal", "date")}
        {text("hours", "Jumlah jam pelajaran", "text", "Contoh: 8 atau 2,5")}
        {text("topic", "Topik")}
        {text("competency", "Kompetensi yang dicakup", "text", "Opsional; dipakai untuk menghitung kompetensi wajib per peran.")}
      </div>
    </OversightForm>
  );
}

export function AddParticipantForm({ eventId, title, officers }: { eventId: string; title: string; officers: { id: string; name: string }[] }) {
  const form = useOversightAction(addTrainingParticipantAction);
  const id = (name: string) => `${name}-${eventId}`;
  return (
    <OversightForm title={`Tambah peserta: ${title}`} hidden={{ eventId }} form={form} submitLabel="Tambah peserta" variant="secondary">
      <Field id={id("userId")} label="Peserta" error={form.error("userId")} required>
        <select name="userId" defaultValue={form.value("userId")} className={inputClass} {...fieldAria(id("userId"), form.error("userId"))}>
          <option value="">— pilih —</option>
          {officers.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </select>
      </Field>
      <Field id={id("certificate")} label="Sertifikat (PDF, JPEG atau PNG)" hint="Opsional. Untuk peserta yang sudah tercatat, unggah sertifikatnya di sini." error={form.error("certificate")}>
        <input name="certificate" type="file" accept="application/pdf,image/jpeg,image/png" className={inputClass} {...fieldAria(id("certificate"), form.error("certificate"), true)} />
      </Field>
    </OversightForm>
  );
}

export function RoleCompetencyForm({ roles }: { roles: { value: string; label: string }[] }) {
  const form = useOversightAction(addRoleCompetencyAction);
  return (
    <OversightForm title="Tambah kompetensi wajib" form={form} submitLabel="Tambah kompetensi" variant="secondary">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="competency-role" label="Peran" error={form.error("role")} required>
          <select name="role" defaultValue={form.value("role")} className={inputClass} {...fieldAria("competency-role", form.error("role"))}>
            <option value="">— pilih —</option>
            {roles.map((r) => <option key={r.value} value={r.value}>{r.label}</option>)}
          </select>
        </Field>
        <Field id="competency-name" label="Kompetensi" error={form.error("competency")} required>
          <input name="competency" defaultValue={form.value("competency")} className={inputClass} {...fieldAria("competency-name", form.error("competency"))} />
        </Field>
      </div>
    </OversightForm>
  );
}
