/** Address of the printable receipt (bukti permohonan): number and secret code travel in the query. */
export function receiptPath(request: { registrationNumber: string; trackingCode: string }): string {
  const query = new URLSearchParams({ nomor: request.registrationNumber, kode: request.trackingCode });
  return `/permohonan/bukti?${query.toString()}`;
}

/** Address of the tracking page for a request. */
export function trackingPath(request: { registrationNumber: string; trackingCode: string }): string {
  const query = new URLSearchParams({ nomor: request.registrationNumber, kode: request.trackingCode });
  return `/lacak?${query.toString()}`;
}
