/** Status page of a complaint: number and secret code travel in the query (the page is never indexed). */
export function complaintStatusPath(complaint: { registrationNumber: string; trackingCode: string }, justFiled = false): string {
  const query = new URLSearchParams({ nomor: complaint.registrationNumber, kode: complaint.trackingCode });
  if (justFiled) query.set("baru", "1");
  return `/pengaduan/status?${query.toString()}`;
}
