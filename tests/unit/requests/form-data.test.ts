import { echoRequestValues, hadChosenFile, requestValuesFromEcho, requestValuesFromFormData } from "@/lib/requests/form-data";
import { requestFormSchema } from "@/lib/requests/schema";

function posted(extra: Record<string, string> = {}) {
  const form = new FormData();
  const fields: Record<string, string> = {
    applicantType: "PERORANGAN", applicantName: "Maria Ngongo", nik: "5371014507900001", address: "Jl. El Tari No. 10, Kupang",
    phone: "081234567890", occupation: "Guru", informationRequested: "Rencana kerja dinas 2026", purpose: "Bahan diskusi warga",
    obtainMethod: "MELIHAT_MEMBACA", copyDelivery: "AMBIL_LANGSUNG", consent: "on", ...extra,
  };
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

describe("request form data", () => {
  it("turns a posted form into values the schema accepts (checkbox 'on' → true, missing → false/empty)", () => {
    const values = requestValuesFromFormData(posted());
    expect(values).toMatchObject({ consent: true, viaProxy: false, email: "", proxyName: "" });
    expect(requestFormSchema.safeParse(values).success).toBe(true);
  });

  it("ignores the empty file an untouched file input posts", () => {
    const form = posted();
    form.set("powerOfAttorney", new Blob([]), "");
    expect(requestValuesFromFormData(form).powerOfAttorney).toBeUndefined();
    expect(hadChosenFile(form)).toBe(false);
    form.set("powerOfAttorney", new Blob(["%PDF-1.4"]), "kuasa.pdf");
    expect(hadChosenFile(form)).toBe(true);
  });

  it("echoes what was typed as strings and reads it back", () => {
    const echo = echoRequestValues(posted({ viaProxy: "on", proxyName: "Yohanes" }));
    expect(echo).toMatchObject({ applicantName: "Maria Ngongo", viaProxy: "true", consent: "true", proxyName: "Yohanes", email: "" });
    expect(echo).not.toHaveProperty("powerOfAttorney");
    expect(requestValuesFromEcho(echo)).toMatchObject({ applicantName: "Maria Ngongo", viaProxy: true, consent: true });
    expect(requestValuesFromEcho(undefined)).toEqual({});
  });
});
