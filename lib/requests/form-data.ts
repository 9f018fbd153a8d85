/**
 * FormData (what a browser posts, with or without JavaScript) → the plain object requestFormSchema
 * parses, and back to strings for echoing after a refusal. Shared by the public and the staff form.
 */
import { isChosenFile } from "@/lib/files/limits";
import { cleanInput } from "@/lib/text/clean-input";
import type { RequestFormValues } from "@/lib/requests/schema";

const TEXT_FIELDS = [
  "applicantType", "applicantName", "nik", "legalEntityDecree", "address", "phone", "email", "occupation",
  "informationRequested", "purpose", "obtainMethod", "copyDelivery", "proxyName",
] as const;
const CHECKBOX_FIELDS = ["viaProxy", "consent"] as const;

/** Name of the power-of-attorney file input. */
export const POWER_OF_ATTORNEY_FIELD = "powerOfAttorney";

/** A text field of a posted form ("" when missing or when it is a file). */
export function formText(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? cleanInput(value) : "";
}
// A checked box posts "on" (or its value attribute); an unchecked one posts nothing.
const checked = (formData: FormData, name: string) => ["on", "true", "1"].includes(formText(formData, name));

export function requestValuesFromFormData(formData: FormData): RequestFormValues {
  const values: Record<string, unknown> = {};
  for (const name of TEXT_FIELDS) values[name] = formText(formData, name);
  for (const name of CHECKBOX_FIELDS) values[name] = checked(formData, name);
  const file = formData.get(POWER_OF_ATTORNEY_FIELD);
  values[POWER_OF_ATTORNEY_FIELD] = isChosenFile(file) ? file : undefined;
  return values as RequestFormValues;
}

/** Everything typed, as strings, so a refused form comes back filled in (files cannot be echoed). */
export function echoRequestValues(formData: FormData): Record<string, string> {
  const echo: Record<string, string> = {};
  for (const name of TEXT_FIELDS) echo[name] = formText(formData, name);
  for (const name of CHECKBOX_FIELDS) echo[name] = checked(formData, name) ? "true" : "";
  return echo;
}

/** Whether the refused submission carried a file the person will have to choose again. */
export function hadChosenFile(formData: FormData): boolean {
  return isChosenFile(formData.get(POWER_OF_ATTORNEY_FIELD));
}

/** Echoed strings → form values (the inverse of echoRequestValues). */
export function requestValuesFromEcho(echo: Record<string, string> | undefined): Partial<RequestFormValues> {
  if (!echo) return {};
  const values: Record<string, unknown> = {};
  for (const name of TEXT_FIELDS) if (name in echo) values[name] = echo[name];
  for (const name of CHECKBOX_FIELDS) if (name in echo) values[name] = echo[name] === "true";
  return values as Partial<RequestFormValues>;
}
