/** Receipt of a keberatan: the request's number + code prove who is asking; `keberatan` names the objection. */
export function objectionReceiptPath(objectionNumber: string, request: { registrationNumber: string; trackingCode: string }): string {
  const query = new URLSearchParams({ keberatan: objectionNumber, nomor: request.registrationNumber, kode: request.trackingCode });
  return `/keberatan/bukti?${query.toString()}`;
}
