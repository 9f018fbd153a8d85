"use client";
import { Button } from "@/components/ui/button";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useAdminAction } from "@/components/staff/admin/use-admin-action";
import { deleteAssessmentCriterionAction, saveAssessmentCriterionAction } from "@/lib/evaluation/criteria-actions";
import { LEVEL_NAMES } from "@/lib/evaluation/rubric-score";
import type { CriterionRow } from "@/lib/evaluation/queries";

/** Adds (criterion null) or edits one assessment criterion: name, description, weight, four level descriptions. */
export function CriterionForm({ criterion }: { criterion: CriterionRow | null }) {
  const form = useAdminAction(saveAssessmentCriterionAction.bind(null, criterion?.id ?? null));
  const { error } = form;
  const prefix = criterion?.id ?? "baru";
  const initial: Record<string, string> = criterion
    ? { code: criterion.code, name: criterion.name, description: criterion.description, weight: String(criterion.weight), sortOrder: String(criterion.sortOrder), ...Object.fromEntries(criterion.levels.map((t, i) => [`level${i + 1}`, t])) }
    : { sortOrder: "100", weight: "10" };
  const value = (name: string) => form.value(name, initial[name] ?? "");
  const id = (name: string) => `${prefix}-${name}`;
  const input = (name: string, label: string, type = "text") => (
    <Field id={id(name)} label={label} error={error(name)} required>
      <input name={name} type={type} defaultValue={value(name)} {...fieldAria(id(name), error(name))} className={inputClass} />
    </Field>
  );
  return (
    <form action={form.formAction} noValidate className="space-y-3">
      <FormMessage ok={form.state.ok} message={form.state.message} />
      <div className="grid gap-3 sm:grid-cols-2">
        {input("name", "Nama kriteria")}
        {input("code", "Kode")}
        {input("weight", "Bobot (1–100, relatif)", "number")}
        {input("sortOrder", "Urutan", "number")}
      </div>
      <Field id={id("description")} label="Uraian kriteria" error={error("description")} required>
        <textarea name="description" rows={2} defaultValue={value("description")} {...fieldAria(id("description"), error("description"))} className={inputClass} />
      </Field>
      {[1, 2, 3, 4].map((level) => (
        <Field key={level} id={id(`level${level}`)} label={`Uraian nilai ${level} (${LEVEL_NAMES[level]})`} error={error(`level${level}`)} required>
          <textarea name={`level${level}`} rows={2} defaultValue={value(`level${level}`)} {...fieldAria(id(`level${level}`), error(`level${level}`))} className={inputClass} />
        </Field>
      ))}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="active" defaultChecked={form.state.values && !form.state.ok ? value("active") === "on" : (criterion?.active ?? true)} /> Aktif (dipakai pada penilaian baru)
      </label>
      {error("active") && <p role="alert" className="text-sm font-medium text-red-700">{error("active")?.[0]}</p>}
      <Button type="submit" disabled={form.pending}>{criterion ? "Simpan kriteria" : "Tambah kriteria"}</Button>
    </form>
  );
}

/** Deletes a criterion that no assessment has used yet (a used one is deactivated instead). */
export function DeleteCriterionForm({ criterion }: { criterion: CriterionRow }) {
  const form = useAdminAction(deleteAssessmentCriterionAction.bind(null, criterion.id));
  return (
    <form action={form.formAction} className="space-y-2">
      <FormMessage ok={form.state.ok} message={form.state.message} />
      <Button type="submit" variant="danger" disabled={form.pending}>Hapus kriteria {criterion.code}</Button>
    </form>
  );
}
