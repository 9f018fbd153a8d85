import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { requestFormSchema, type RequestFormInput, type RequestFormValues } from "@/lib/requests/schema";

// Data for the portal/intake integration tests. Each test owns a far-future year, so its register
// sequence starts at 1 whatever other files have written to the shared database.

/** Parsed form input, as the server action passes it to createInformationRequest. */
export function requestInput(overrides: Partial<RequestFormValues> = {}): RequestFormInput {
  return requestFormSchema.parse({
    applicantType: "PERORANGAN",
    applicantName: `Pemohon Uji ${randomUUID().slice(0, 6)}`,
    nik: "5371014507900001",
    legalEntityDecree: "",
    address: "Jl. El Tari No. 10, Kota Kupang",
    phone: "081234567890",
    email: "",
    occupation: "Wiraswasta",
    informationRequested: "Daftar penerima bantuan peralatan IKM tahun 2025",
    purpose: "Bahan penelitian tentang industri kecil",
    obtainMethod: "SALINAN_SOFTCOPY",
    copyDelivery: "EMAIL",
    viaProxy: false,
    proxyName: "",
    consent: true,
    ...overrides,
  });
}

/** 10:00 WITA on the given day (before the 16:00 cutoff). */
export const receivedOn = (year: number, month = 3, day = 12) => new Date(Date.UTC(year, month - 1, day, 2, 0));

/** Forgets every request and the register sequence of `year` (requests' events cascade). */
export async function resetRequestYear(year: number): Promise<void> {
  const requests = await db.informationRequest.findMany({ where: { year }, select: { powerOfAttorneyFileId: true } });
  await db.informationRequest.deleteMany({ where: { year } });
  const fileIds = requests.map((r) => r.powerOfAttorneyFileId).filter((id): id is string => id !== null);
  await db.uploadedFile.deleteMany({ where: { id: { in: fileIds } } });
  await db.registrationSequence.deleteMany({ where: { kind: "PERMOHONAN", year } });
}

export const newKey = () => randomUUID();
