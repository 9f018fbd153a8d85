/** @jest-environment jsdom */
import { render } from "@testing-library/react";
import { useFocusFirstError } from "@/components/forms/use-focus-first-error";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { Field, fieldAria } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";

function Form({ state }: { state: ActionResult }) {
  useFocusFirstError(state);
  const e = state.fieldErrors ?? {};
  return (
    <form>
      <button type="button">Sebelumnya</button>
      <Field id="category" label="Kategori" error={e.category}><input {...fieldAria("category", e.category)} name="category" /></Field>
      <ChoiceGroup name="kind" legend="Jenis" error={e.kind} options={[{ value: "A", label: "A" }, { value: "B", label: "B" }]} inputProps={() => ({})} />
      <Field id="occurredOn" label="Tanggal" error={e.occurredOn}><input {...fieldAria("occurredOn", e.occurredOn)} name="occurredOn" /></Field>
    </form>
  );
}

it("focuses the first field in page order that the refusal marked, not the first in the error list", () => {
  const { container, rerender } = render(<Form state={{ ok: false }} />);
  container.querySelector("button")!.focus();
  rerender(<Form state={{ ok: false, fieldErrors: { occurredOn: ["Tanggal tidak valid."], category: ["Kategori wajib diisi."] } }} />);
  expect(document.activeElement).toBe(container.querySelector('[name="category"]'));
});

it("focuses the first choice of a marked radio group", () => {
  const { container } = render(<Form state={{ ok: false, fieldErrors: { kind: ["Pilih jenis."] } }} />);
  expect(document.activeElement).toBe(container.querySelector('input[type="radio"]'));
});

it("leaves focus alone after a success or a refusal without field errors", () => {
  const { container, rerender } = render(<Form state={{ ok: false }} />);
  const button = container.querySelector("button")!;
  button.focus();
  rerender(<Form state={{ ok: false, message: "Terlalu banyak percobaan." }} />);
  rerender(<Form state={{ ok: true, message: "Disimpan." }} />);
  expect(document.activeElement).toBe(button);
});
