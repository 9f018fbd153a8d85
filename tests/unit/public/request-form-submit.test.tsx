/** @jest-environment jsdom */
import type { ReactElement } from "react";
import { act, fireEvent, render, waitFor } from "@testing-library/react";

// The server actions are replaced by recorders: this checks what each form posts, not what the server does.
const submitRequestAction = jest.fn(async () => ({ ok: false }));
const registerOfflineRequestAction = jest.fn(async () => ({ ok: false }));
jest.mock("@/lib/requests/public-actions", () => ({ submitRequestAction: (...args: unknown[]) => submitRequestAction(...(args as [])) }));
jest.mock("@/lib/requests/offline-actions", () => ({
  registerOfflineRequestAction: (...args: unknown[]) => registerOfflineRequestAction(...(args as [])),
}));

import { RequestForm } from "@/components/public/request-form";
import { OfflineRequestForm } from "@/components/staff/requests/offline-request-form";

function fillValidRequest(container: HTMLElement) {
  const set = (name: string, value: string) => fireEvent.change(container.querySelector(`[name="${name}"]`)!, { target: { value } });
  set("applicantName", "Maria Ngongo");
  set("nik", "5371014507900001");
  set("address", "Jl. El Tari No. 10, Kota Kupang");
  set("phone", "081234567890");
  set("occupation", "Wiraswasta");
  set("informationRequested", "Daftar penerima bantuan peralatan IKM tahun 2025");
  set("purpose", "Bahan penelitian skripsi");
  fireEvent.click(container.querySelector('[name="obtainMethod"][value="SALINAN_SOFTCOPY"]')!);
  fireEvent.click(container.querySelector('[name="copyDelivery"][value="EMAIL"]')!);
  fireEvent.click(container.querySelector("#consent")!);
  const channel = container.querySelector('[name="channel"]');
  if (channel?.tagName === "SELECT") set("channel", "DATANG_LANGSUNG");
  else if (channel) fireEvent.click(container.querySelector('[name="channel"][value="DATANG_LANGSUNG"]')!);
}

async function postedData(form: ReactElement, action: jest.Mock): Promise<FormData> {
  action.mockClear();
  const { container, unmount } = render(form);
  fillValidRequest(container);
  await act(async () => {
    fireEvent.submit(container.querySelector("form")!);
  });
  await waitFor(() => expect(action).toHaveBeenCalledTimes(1));
  const data = (action.mock.calls[0] as unknown[])[1] as FormData;
  unmount();
  return data;
}

describe("request form submission (useRequestFormSubmit)", () => {
  it("public form posts once, marked scripted, without the empty power-of-attorney input", async () => {
    const data = await postedData(<RequestForm submissionKey="key-0123456789abcdef" />, submitRequestAction);
    expect(data.get("scripted")).toBe("1");
    expect(data.has("powerOfAttorney")).toBe(false);
    expect(data.get("applicantName")).toBe("Maria Ngongo");
  });

  it("staff offline form behaves the same and keeps its receipt time", async () => {
    const data = await postedData(
      <OfflineRequestForm submissionKey="key-0123456789abcdef" nowLocal="2026-01-05T09:00" />,
      registerOfflineRequestAction,
    );
    expect(data.get("scripted")).toBe("1");
    expect(data.has("powerOfAttorney")).toBe(false);
    expect(data.get("receivedAt")).toBe("2026-01-05T09:00");
  });
});
