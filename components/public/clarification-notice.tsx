/** How the requester reaches the PPID to answer a clarification question (from the agency profile). */
export type PpidContact = { phone: string; email: string };

/** The open clarification question on /lacak, with how to answer it. */
export function ClarificationNotice({ question, registrationNumber, contact }: { question: string; registrationNumber: string; contact: PpidContact }) {
  return (
    <section aria-labelledby="klarifikasi-judul" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <h2 id="klarifikasi-judul" className="font-semibold">PPID meminta klarifikasi dari Anda</h2>
      <p className="mt-2 whitespace-pre-line break-words">{question}</p>
      <p className="mt-3 text-sm">
        Penghitungan batas waktu dihentikan sementara sampai jawaban Anda diterima. Sampaikan jawaban kepada PPID melalui
        telepon <a className="underline" href={`tel:${contact.phone.replace(/[^\d+]/g, "")}`}>{contact.phone}</a> atau surel{" "}
        <a className="break-all underline" href={`mailto:${contact.email}`}>{contact.email}</a> dengan menyebutkan nomor registrasi{" "}
        <strong className="break-all">{registrationNumber}</strong>.
      </p>
    </section>
  );
}
