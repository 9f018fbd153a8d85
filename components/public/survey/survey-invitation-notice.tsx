import Link from "next/link";

/** Shown on /lacak for a completed request: its one-time SKM link. */
export function SurveyInvitationNotice({ link }: { link: { path: string; used: boolean } | null }) {
  if (!link) return null;
  return (
    <section aria-label="Survei kepuasan" className="rounded-lg border border-brand-200 bg-brand-50 p-4">
      <h2 className="font-semibold">Survei Kepuasan Masyarakat</h2>
      {link.used ? (
        <p className="text-sm">Terima kasih, Anda telah mengisi survei untuk permohonan ini.</p>
      ) : (
        <p className="text-sm">
          Permohonan Anda telah selesai. Mohon luangkan waktu dua menit untuk{" "}
          <Link href={link.path}>mengisi survei kepuasan atas permohonan ini</Link>.
        </p>
      )}
    </section>
  );
}
