import type { ComponentProps } from "react";
import { RequestFormProxy, type ProxyConsentWording } from "@/components/public/request-form-proxy";

/** Worded for the officer who records a request received offline, on the requester's behalf. */
const OFFICER_PROXY_WORDING: ProxyConsentWording = {
  legend: "Kuasa dan persetujuan pemohon",
  viaProxy: "Permohonan diajukan melalui kuasa.",
  powerOfAttorneyLabel: "Pindaian surat kuasa",
  consent:
    "Saya, petugas, menyatakan bahwa pemohon telah diberi tahu dan menyetujui pemrosesan data pribadinya untuk " +
    "pelayanan permohonan ini (UU 27/2022 tentang Pelindungan Data Pribadi).",
  consentHint: "Untuk permohonan lewat telepon, bacakan pernyataan ini kepada pemohon; untuk surat/surel, pastikan persetujuan tercantum.",
};

/** Proxy and the requester's consent: the public form's section, worded for the officer. */
export function OfflineProxyConsent(props: Omit<ComponentProps<typeof RequestFormProxy>, "wording">) {
  return <RequestFormProxy {...props} wording={OFFICER_PROXY_WORDING} />;
}
