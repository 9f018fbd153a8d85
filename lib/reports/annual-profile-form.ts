// The annual profile form travels as flat fields ("facilities.2.name", the names react-hook-form
// gives its inputs). These turn the posted fields into the schema's input and back into form values,
// for the server action and for the values a refused form shows again. Pure (browser and server).
import { cleanInput } from "@/lib/text/clean-input";
import { groupThousands } from "@/lib/format/rupiah-amount";
import type { AnnualProfile, FacilityCondition } from "./annual-profile-schema";

export type RegulationFields = { number: string; title: string; date: string };
export type FacilityFields = { name: string; condition: FacilityCondition | ""; notes: string };
export type AnnualProfileFormValues = {
  year: string;
  policy: string;
  regulations: RegulationFields[];
  facilities: FacilityFields[];
  staffNotes: string;
  budgetAmount: string;
  budgetSource: string;
  budgetRealisation: string;
  budgetNotes: string;
};

const SCALARS = ["year", "policy", "staffNotes", "budgetAmount", "budgetSource", "budgetRealisation", "budgetNotes"] as const;
const LISTS = {
  regulations: ["number", "title", "date"],
  facilities: ["name", "condition", "notes"],
} as const;
const MAX_ROWS = 100;

export const emptyRegulation = (): RegulationFields => ({ number: "", title: "", date: "" });
export const emptyFacility = (): FacilityFields => ({ name: "", condition: "", notes: "" });

export function emptyProfileForm(year: number): AnnualProfileFormValues {
  return { year: String(year), policy: "", regulations: [], facilities: [], staffNotes: "", budgetAmount: "", budgetSource: "", budgetRealisation: "", budgetNotes: "" };
}

/** Known fields only, as strings without control characters: what the action echoes after a refusal. */
export function profileFormEcho(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string") continue;
    const list = /^(regulations|facilities)\.(\d{1,2})\.(\w+)$/.exec(key);
    const known = list ? (LISTS[list[1] as keyof typeof LISTS] as readonly string[]).includes(list[3]) : (SCALARS as readonly string[]).includes(key);
    if (known) out[key] = cleanInput(value);
  }
  return out;
}

/** Flat fields → nested form values. Gaps between row indexes become empty rows (dropped on save). */
export function profileFormFromFields(fields: Record<string, string>, year: number): AnnualProfileFormValues {
  const form = emptyProfileForm(year);
  for (const [key, value] of Object.entries(fields)) {
    const list = /^(regulations|facilities)\.(\d{1,2})\.(\w+)$/.exec(key);
    if (!list) {
      if ((SCALARS as readonly string[]).includes(key)) form[key as (typeof SCALARS)[number]] = value;
      continue;
    }
    const index = Number(list[2]);
    if (index >= MAX_ROWS) continue;
    if (list[1] === "regulations") {
      while (form.regulations.length <= index) form.regulations.push(emptyRegulation());
      if ((LISTS.regulations as readonly string[]).includes(list[3])) form.regulations[index][list[3] as keyof RegulationFields] = value;
    } else {
      while (form.facilities.length <= index) form.facilities.push(emptyFacility());
      // An unknown condition is kept as typed; the schema refuses it at its field.
      if ((LISTS.facilities as readonly string[]).includes(list[3])) (form.facilities[index] as Record<string, string>)[list[3]] = value;
    }
  }
  return form;
}

/** A saved profile as form values (amounts grouped by thousands, "125.000.000"). */
export function profileFormFromProfile(profile: AnnualProfile): AnnualProfileFormValues {
  return {
    year: String(profile.year),
    policy: profile.policy,
    regulations: profile.regulations.map((r) => ({ ...r })),
    facilities: profile.facilities.map((f) => ({ ...f })),
    staffNotes: profile.staffNotes,
    budgetAmount: profile.budgetAmount === null ? "" : groupThousands(profile.budgetAmount),
    budgetSource: profile.budgetSource,
    budgetRealisation: profile.budgetRealisation === null ? "" : groupThousands(profile.budgetRealisation),
    budgetNotes: profile.budgetNotes,
  };
}
