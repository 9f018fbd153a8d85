"use client";
import { useActionState, useEffect, useRef, useState, useTransition, type ChangeEvent, type FormEvent } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type PathValue } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { initialActionResult, type ActionResult } from "@/lib/action-result";
import { isChosenFile } from "@/lib/files/limits";
import { POWER_OF_ATTORNEY_FIELD } from "@/lib/requests/form-data";
import { SCRIPTED_SUBMIT_FIELD } from "@/lib/requests/submission-key";

type SubmitAction = (previous: ActionResult, formData: FormData) => Promise<ActionResult>;

/**
 * How a validated public form (the request form, the staff offline request form, the SKM survey) is
 * submitted: validated in the browser with the shared schema, then posted (with its file, if any) to
 * the server action, which validates again; the server's field errors come back at their fields.
 * After a refusal, in the browser or by the server, focus moves to the first wrong field in the
 * order the form shows them. Without JavaScript the form posts to `formAction` directly.
 * `initialValues` turns the values echoed after a refusal into form values.
 */
export function useRequestFormSubmit<TValues extends FieldValues, TOutput>({
  action,
  schema,
  initialValues,
}: {
  action: SubmitAction;
  schema: z.ZodType<TOutput, TValues>;
  initialValues: (echo: ActionResult["values"]) => Partial<TValues>;
}) {
  const [state, formAction, actionPending] = useActionState<ActionResult, FormData>(action, initialActionResult);
  const [transitionPending, startTransition] = useTransition();
  const inFlight = useRef(false); // blocks a second click before React re-renders the disabled button
  const formElement = useRef<HTMLFormElement | null>(null); // set on a scripted submit
  const initial = initialValues(state.values);
  // Until hydration (and always without JavaScript) the server's field errors are shown directly;
  // afterwards react-hook-form owns them (copied below) and clears each one once its field is fixed.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  const form = useForm<TValues, unknown, TOutput>({
    resolver: zodResolver(schema),
    defaultValues: initial as DefaultValues<TValues>,
    // Checked on submit, then live while the citizen corrects: a message that appeared on blur would push
    // the next field down under a phone user's finger and swallow the tap meant for it.
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  const { handleSubmit, setValue, setError, setFocus } = form;

  // The server refused: release the button, put its messages at the fields they concern and, as
  // react-hook-form does for a refusal in the browser (shouldFocusError), focus the first of them.
  useEffect(() => {
    inFlight.current = false;
    const wrong = Object.entries(state.fieldErrors ?? {}).flatMap(([name, messages]) => (messages?.[0] ? [name] : []));
    for (const name of wrong) setError(name as Path<TValues>, { type: "server", message: state.fieldErrors![name]![0] });
    const first = formElement.current ? firstFieldShown(formElement.current, wrong) : undefined;
    if (first) setFocus(first as Path<TValues>);
  }, [state, setError, setFocus]);

  /** The message shown at a field: react-hook-form's, or before hydration the server's. */
  const fieldError = (name: Path<TValues>): string | undefined =>
    ((form.formState.errors as Record<string, { message?: unknown } | undefined>)[name]?.message as string | undefined) ??
    (hydrated ? undefined : state.fieldErrors?.[name]?.[0]);

  const busy = actionPending || transitionPending;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (inFlight.current || busy) return;
    inFlight.current = true;
    const element = event.currentTarget;
    formElement.current = element;
    void handleSubmit(
      () => {
        const data = new FormData(element);
        // An empty file input would reach the server renamed "blob" by React's action encoding and be
        // refused as an unsupported upload: send no file at all instead.
        if (!isChosenFile(data.get(POWER_OF_ATTORNEY_FIELD))) data.delete(POWER_OF_ATTORNEY_FIELD);
        data.set(SCRIPTED_SUBMIT_FIELD, "1"); // the file input keeps its file: no "choose it again" note
        startTransition(() => formAction(data));
      },
      () => {
        inFlight.current = false;
      },
    )(event);
  };

  const onFileChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0] as PathValue<TValues, Path<TValues>>;
    setValue(POWER_OF_ATTORNEY_FIELD as Path<TValues>, file, { shouldValidate: true });
  };

  return { state, formAction, form, initial, busy, onSubmit, onFileChange, fieldError };
}

/** Of `names`, the one whose control comes first in the form. */
function firstFieldShown(form: HTMLFormElement, names: string[]): string | undefined {
  for (const element of Array.from(form.elements)) {
    const name = (element as HTMLInputElement).name;
    if (name && names.includes(name)) return name;
  }
  return undefined;
}
