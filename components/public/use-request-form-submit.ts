"use client";
import { useActionState, useEffect, useRef, useTransition, type ChangeEvent, type FormEvent } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type PathValue } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { initialActionResult, type ActionResult } from "@/lib/action-result";
import { isChosenFile } from "@/lib/files/limits";
import { POWER_OF_ATTORNEY_FIELD } from "@/lib/requests/form-data";
import { SCRIPTED_SUBMIT_FIELD } from "@/lib/requests/submission-key";

type SubmitAction = (previous: ActionResult, formData: FormData) => Promise<ActionResult>;

/**
 * How a request form (the public one and the staff offline one) is submitted: validated in the
 * browser with the shared schema, then posted with its file to the server action, which validates
 * again; the server's field errors come back at their fields. Without JavaScript the form posts to
 * `formAction` directly. `initialValues` turns the values echoed after a refusal into form values.
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
  const initial = initialValues(state.values);

  const form = useForm<TValues, unknown, TOutput>({
    resolver: zodResolver(schema),
    defaultValues: initial as DefaultValues<TValues>,
    // Checked on submit, then live while the citizen corrects: a message that appeared on blur would push
    // the next field down under a phone user's finger and swallow the tap meant for it.
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  const { handleSubmit, setValue, setError } = form;

  // The server refused: release the button and put its messages at the fields they concern.
  useEffect(() => {
    inFlight.current = false;
    for (const [name, messages] of Object.entries(state.fieldErrors ?? {})) {
      if (messages?.[0]) setError(name as Path<TValues>, { type: "server", message: messages[0] });
    }
  }, [state, setError]);

  const busy = actionPending || transitionPending;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (inFlight.current || busy) return;
    inFlight.current = true;
    const element = event.currentTarget;
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

  return { state, formAction, form, initial, busy, onSubmit, onFileChange };
}
