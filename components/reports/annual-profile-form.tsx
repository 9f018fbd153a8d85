"use client";
import { useActionState, useEffect, useRef, useTransition, type FormEvent } from "react";
import { useForm, type Path } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { initialActionResult } from "@/lib/action-result";
import { groupThousands, parseRupiahAmount } from "@/lib/format/rupiah-amount";
import { saveAnnualProfileAction } from "@/lib/reports/annual-profile-actions";
import { profileFormFromFields, type AnnualProfileFormValues } from "@/lib/reports/annual-profile-form";
import { annualProfileSchema, type AnnualProfile, type AnnualProfileInput } from "@/lib/reports/annual-profile-schema";
import { Button } from "@/components/ui/button";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { FacilityRows, RegulationRows } from "./annual-profile-lists";

type TextName = "policy" | "staffNotes" | "budgetAmount" | "budgetSource" | "budgetRealisation" | "budgetNotes";

/**
 * The year's kebijakan, sarana prasarana, SDM notes and anggaran. Checked in the browser with the
 * shared schema, then again by the server action, whose field errors land at the same fields.
 * Without JavaScript the form posts directly and comes back with what was typed.
 */
export function AnnualProfileForm({ year, initial }: { year: number; initial: AnnualProfileFormValues }) {
  const [state, formAction, actionPending] = useActionState(saveAnnualProfileAction, initialActionResult);
  const [transitionPending, startTransition] = useTransition();
  const inFlight = useRef(false);
  const values = !state.ok && state.values ? profileFormFromFields(state.values, year) : initial;
  const form = useForm<AnnualProfileInput, unknown, AnnualProfile>({ resolver: zodResolver(annualProfileSchema), defaultValues: values, mode: "onTouched" });
  const { setError } = form;
  const busy = actionPending || transitionPending;

  useEffect(() => {
    inFlight.current = false;
    for (const [name, messages] of Object.entries(state.fieldErrors ?? {})) {
      if (messages?.[0]) setError(name as Path<AnnualProfileInput>, { type: "server", message: messages[0] });
    }
  }, [state, setError]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (inFlight.current || busy) return;
    inFlight.current = true;
    const element = event.currentTarget;
    void form.handleSubmit(
      () => startTransition(() => formAction(new FormData(element))),
      () => { inFlight.current = false; },
    )(event);
  };

  const errorOf = (name: TextName) => form.getFieldState(name, form.formState).error?.message;
  const text = (name: TextName, hint = false) => ({ ...form.register(name), ...fieldAria(name, errorOf(name), hint), defaultValue: values[name], className: inputClass });
  // Amounts are shown grouped ("125.000.000") once the officer leaves the field.
  const amount = (name: "budgetAmount" | "budgetRealisation") => ({
    ...form.register(name, {
      onBlur: (e: { target: { value: string } }) => {
        const parsed = parseRupiahAmount(e.target.value);
        if (parsed !== null) form.setValue(name, groupThousands(parsed));
      },
    }),
    ...fieldAria(name, errorOf(name), true),
    defaultValue: values[name],
    className: inputClass,
    inputMode: "numeric" as const,
  });

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-6">
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" {...form.register("year")} defaultValue={String(year)} />
      <section className="space-y-3 rounded-lg border border-slate-200 p-4">
        <h2 className="text-lg font-semibold">1. Kebijakan</h2>
        <Field id="policy" label="Uraian kebijakan layanan informasi publik" error={errorOf("policy")} hint="Misalnya penetapan PPID, komitmen pimpinan, arah kebijakan keterbukaan informasi tahun ini.">
          <textarea rows={5} {...text("policy", true)} />
        </Field>
        <RegulationRows form={form} />
      </section>
      <section className="space-y-3 rounded-lg border border-slate-200 p-4">
        <h2 className="text-lg font-semibold">2. Sarana dan prasarana</h2>
        <FacilityRows form={form} />
      </section>
      <section className="space-y-3 rounded-lg border border-slate-200 p-4">
        <h2 className="text-lg font-semibold">3. Sumber daya manusia</h2>
        <Field id="staffNotes" label="Keterangan SDM" error={errorOf("staffNotes")} hint="Jumlah petugas dan jam pelatihan dihitung otomatis; tulis di sini SK penunjukan petugas, status pelatihan, kebutuhan tambahan pegawai.">
          <textarea rows={4} {...text("staffNotes", true)} />
        </Field>
      </section>
      <section className="space-y-3 rounded-lg border border-slate-200 p-4">
        <h2 className="text-lg font-semibold">4. Anggaran</h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="budgetAmount" label="Pagu anggaran layanan informasi (Rp)" error={errorOf("budgetAmount")} hint="Boleh ditulis 125.000.000 atau Rp 125.000.000,-">
            <input {...amount("budgetAmount")} />
          </Field>
          <Field id="budgetSource" label="Sumber anggaran" error={errorOf("budgetSource")} hint="Misalnya APBD Provinsi NTT.">
            <input {...text("budgetSource", true)} list="budget-sources" />
          </Field>
          <Field id="budgetRealisation" label="Realisasi (Rp)" error={errorOf("budgetRealisation")} hint="Kosongkan bila belum ada.">
            <input {...amount("budgetRealisation")} />
          </Field>
          <Field id="budgetNotes" label="Keterangan anggaran" error={errorOf("budgetNotes")}>
            <input {...text("budgetNotes")} />
          </Field>
        </div>
        <datalist id="budget-sources"><option value="APBD Provinsi NTT" /><option value="APBN (dana dekonsentrasi)" /><option value="Hibah" /></datalist>
      </section>
      <Button type="submit" disabled={busy} aria-disabled={busy}>{busy ? "Menyimpan…" : `Simpan profil ${year}`}</Button>
    </form>
  );
}
