import type { UseFormRegister } from "react-hook-form";
import { fieldAria } from "@/components/ui/field";
import type { RequestFormField, RequestFormValues } from "@/lib/requests/schema";

/**
 * Props for the inputs of the request form: react-hook-form's registration, aria wiring, and the
 * initial value as an HTML attribute so server-rendered HTML (no JavaScript) shows echoed values too.
 */
export type RequestFormBindings = {
  text: (name: RequestFormField, hasHint?: boolean) => Record<string, unknown>;
  choice: (name: RequestFormField) => (value: string) => Record<string, unknown>;
  checkbox: (name: RequestFormField, hasHint?: boolean) => Record<string, unknown>;
  error: (name: RequestFormField) => string | undefined;
};

export function requestFormBindings(
  register: UseFormRegister<RequestFormValues>,
  error: (name: RequestFormField) => string | undefined,
  initial: Partial<RequestFormValues>,
): RequestFormBindings {
  return {
    text: (name, hasHint = false) => ({
      ...register(name),
      ...fieldAria(name, error(name), hasHint),
      defaultValue: typeof initial[name] === "string" ? initial[name] : "",
    }),
    choice: (name) => (value) => ({ ...register(name), defaultChecked: initial[name] === value }),
    checkbox: (name, hasHint = false) => ({
      ...register(name),
      ...fieldAria(name, error(name), hasHint),
      defaultChecked: initial[name] === true,
    }),
    error,
  };
}
