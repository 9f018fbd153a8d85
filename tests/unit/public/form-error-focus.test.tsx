/** @jest-environment jsdom */
import { act, fireEvent, render, waitFor } from "@testing-library/react";
import type { ActionResult } from "@/lib/action-result";

// The server actions are replaced by recorders: this checks where focus goes after a refusal.
const submitSurveyAction = jest.fn(async (): Promise<ActionResult> => ({ ok: false }));
const submitRequestAction = jest.fn(async (): Promise<ActionResult> => ({ ok: false }));
jest.mock("@/lib/survey/public-actions", () => ({ submitSurveyAction: (...args: unknown[]) => submitSurveyAction(...(args as [])) }));
jest.mock("@/lib/requests/public-actions", () => ({ submitRequestAction: (...args: unknown[]) => submitRequestAction(...(args as [])) }));

import { RequestForm } from "@/components/public/request-form";
import { SurveyForm } from "@/components/public/survey/survey-form";

const KEY = "key-0123456789abcdef";

function fillSurvey(container: HTMLElement, skip: string[] = []) {
  const set = (name: string, value: string) => !skip.includes(name) && fireEvent.change(container.querySelector(`[name="${name}"]`)!, { target: { value } });
  const pick = (name: string, value: string) => !skip.includes(name) && fireEvent.click(container.querySelector(`[name="${name}"][value="${value}"]`)!);
  pick("sex", "PEREMPUAN");
  set("age", "37");
  set("education", "D4/S1");
  set("occupation", "Penenun");
  for (let i = 1; i <= 9; i++) pick(`u${i}`, "3");
}

async function submit(container: HTMLElement) {
  await act(async () => {
    fireEvent.submit(container.querySelector("form")!);
  });
}

const alerts = (container: HTMLElement) => container.querySelectorAll('[role="alert"]').length;

describe("survey form after a refusal (same submit helper as the request form)", () => {
  beforeEach(() => submitSurveyAction.mockClear());

  it("an empty form is refused in the browser: focus on the first question, no alert per field", async () => {
    const { container } = render(<SurveyForm submissionKey={KEY} />);
    await submit(container);
    await waitFor(() => expect(document.activeElement).toBe(container.querySelector('[name="sex"][value="LAKI_LAKI"]')));
    expect(submitSurveyAction).not.toHaveBeenCalled();
    expect(container.querySelector("#age-error")).toHaveTextContent("Umur wajib diisi.");
    expect(container.querySelector("#u9-error")).toHaveTextContent("Pilih salah satu jawaban.");
    expect(alerts(container)).toBe(0);
  });

  it("focus goes to the first wrong field in the order shown (a forgotten age, an unanswered unsur 4)", async () => {
    const { container } = render(<SurveyForm submissionKey={KEY} token="tok-0123456789abcdefghij" />);
    fillSurvey(container, ["age", "u4"]);
    await submit(container);
    await waitFor(() => expect(document.activeElement).toBe(container.querySelector('[name="age"]')));
    expect(container.querySelector('[name="age"]')).toHaveAttribute("aria-describedby", "age-error");
    expect(container.querySelector('[name="u4"]')).toHaveAttribute("aria-describedby", "u4-error");

    fireEvent.change(container.querySelector('[name="age"]')!, { target: { value: "37" } });
    await submit(container);
    await waitFor(() => expect(document.activeElement).toBe(container.querySelector('[name="u4"][value="1"]')));
    expect(submitSurveyAction).not.toHaveBeenCalled();
  });

  it("a refusal by the server focuses its first field and fires one alert, the form's message", async () => {
    submitSurveyAction.mockResolvedValueOnce({
      ok: false,
      message: "Survei belum dapat dikirim. Periksa kembali isian yang ditandai.",
      fieldErrors: { u2: ["Pilih salah satu jawaban."], occupation: ["Pekerjaan maksimal 100 karakter."] },
    });
    const { container } = render(<SurveyForm submissionKey={KEY} token="tok-0123456789abcdefghij" />);
    fillSurvey(container);
    await submit(container);
    await waitFor(() => expect(submitSurveyAction).toHaveBeenCalledTimes(1));
    const posted = (submitSurveyAction.mock.calls[0] as unknown[])[1] as FormData;
    expect(posted.get("token")).toBe("tok-0123456789abcdefghij");
    await waitFor(() => expect(document.activeElement).toBe(container.querySelector('[name="occupation"]')));
    expect(alerts(container)).toBe(1);
    expect(container.querySelector('[role="alert"]')).toHaveTextContent("Periksa kembali isian yang ditandai.");
  });
});

it("the request form moves focus the same way (one helper for both), without an alert per field", async () => {
  const { container } = render(<RequestForm submissionKey={KEY} />);
  await submit(container);
  await waitFor(() => expect(document.activeElement).toBe(container.querySelector('[name="applicantName"]')));
  expect(submitRequestAction).not.toHaveBeenCalled();
  expect(container.querySelector("#applicantName-error")).not.toBeNull();
  expect(alerts(container)).toBe(0);
});
