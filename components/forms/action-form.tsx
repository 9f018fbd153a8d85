"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionResult, type ActionResult } from "@/lib/action-result";
import { useFocusFirstError } from "@/components/forms/use-focus-first-error";

export type FormFieldSpec = {
  name: string;
  label: string;
  kind: "text" | "number" | "textarea" | "date" | "select" | "radio" | "checkboxes" | "checkbox" | "file" | "hidden" | "email";
  options?: { value: string; label: string }[];
  hint?: string;
  required?: boolean;
  defaultValue?: string;
  accept?: string;
  multiple?: boolean;
};

type Action = (previous: ActionResult, formData: FormData) => Promise<ActionResult>;

/**
 * A server-action form described by field specs: each field shows its own server error, typed values
 * come back after a refusal (multi-value fields are echoed joined by "|"), and the button is disabled
 * while the action runs. Works without JavaScript too (plain POST to the action).
 */
export function ActionForm({ action, fields, submitLabel, pendingLabel }: { action: Action; fields: FormFieldSpec[]; submitLabel: string; pendingLabel?: string }) {
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(action, initialActionResult);
  useFocusFirstError(state);
  // After success the form starts clean; after a refusal it shows what was typed.
  const value = (f: FormFieldSpec) => (state.ok ? f.defaultValue : state.values?.[f.name] ?? f.defaultValue) ?? "";
  const errorOf = (f: FormFieldSpec) => state.fieldErrors?.[f.name];
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage ok={state.ok} message={state.message} />
      {fields.map((f) => (
        <FieldControl key={`${f.name}-${state.ok ? "ok" : JSON.stringify(state.values ?? {})}`} spec={f} value={value(f)} error={errorOf(f)} />
      ))}
      <Button type="submit" disabled={pending} aria-disabled={pending} className="w-full sm:w-auto">
        {pending ? (pendingLabel ?? "Menyimpan…") : submitLabel}
      </Button>
    </form>
  );
}

function FieldControl({ spec, value, error }: { spec: FormFieldSpec; value: string; error?: string[] }) {
  const id = `f-${spec.name}`;
  const aria = fieldAria(id, error, Boolean(spec.hint));
  if (spec.kind === "hidden") return <input type="hidden" name={spec.name} value={value} />;
  if (spec.kind === "radio" || spec.kind === "checkboxes") {
    const chosen = value.split("|");
    return (
      <ChoiceGroup
        name={spec.name} legend={spec.label} hint={spec.hint} error={error} required={spec.required}
        type={spec.kind === "radio" ? "radio" : "checkbox"} options={spec.options ?? []}
        inputProps={(v) => ({ name: spec.name, value: v, defaultChecked: chosen.includes(v) })}
      />
    );
  }
  if (spec.kind === "checkbox") {
    return (
      <div className="space-y-1">
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name={spec.name} value="on" defaultChecked={value === "on"} className="mt-1 h-4 w-4" {...aria} />
          <span>{spec.label}</span>
        </label>
        {error && <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-700">{error[0]}</p>}
      </div>
    );
  }
  return (
    <Field id={id} label={spec.label} hint={spec.hint} error={error} required={spec.required}>
      {spec.kind === "textarea" ? (
        <textarea name={spec.name} rows={5} defaultValue={value} className={inputClass} {...aria} />
      ) : spec.kind === "select" ? (
        <select name={spec.name} defaultValue={value} className={inputClass} {...aria}>
          <option value="">— Pilih —</option>
          {spec.options?.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      ) : spec.kind === "file" ? (
        <input type="file" name={spec.name} accept={spec.accept} multiple={spec.multiple} className={inputClass} {...aria} />
      ) : (
        <input type={spec.kind} name={spec.name} defaultValue={value} className={inputClass} {...aria} />
      )}
    </Field>
  );
}
