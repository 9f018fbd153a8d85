"use client";
import { useEffect } from "react";
import type { ActionResult } from "@/lib/action-result";

/**
 * After a server refusal, moves focus to the first field (in page order) that carries one of the
 * refusal's field errors, so keyboard and screen-reader users land where the fix is needed. Fields
 * find their message through aria-describedby="<name>-error" (Field, ChoiceGroup, fieldAria).
 */
export function useFocusFirstError(state: ActionResult) {
  useEffect(() => {
    const ids = new Set(Object.entries(state.fieldErrors ?? {}).flatMap(([name, messages]) => (messages?.length ? [`${name}-error`] : [])));
    if (ids.size === 0) return;
    const described = Array.from(document.querySelectorAll<HTMLElement>("[aria-describedby]"));
    const target = described.find((el) => el.getAttribute("aria-describedby")!.split(/\s+/).some((id) => ids.has(id)));
    const focusable = target?.matches("fieldset") ? target.querySelector<HTMLElement>("input:not([type=hidden]), select, textarea") : target;
    focusable?.focus();
  }, [state]);
}
