import Link from "next/link";
import { formatDate } from "@/lib/format/dates";
import type { SurveyLinkNotice } from "@/lib/survey/invitations";

/** Shown on /lacak for a completed request: its one-time SKM link while it can still be used. */
export function SurveyInvitationNotice({ link }: { link: SurveyLinkNotice | null }) {
  if (!link) return null;
  return (
    <section aria-label="Survei kepuasan" className="rounded-lg border border-brand-200 bg-brand-50 p-4">
      <h2 className="font-semibold">Survei Kepuasan Masyarakat</h2>
      {link.used ? (
        <p className="text-sm">Terima kasih, Anda telah mengisi survei untuk permohonan ini.</p>
      ) : link.path ? (
        <p className="text-sm">
          Permohonan Anda telah selesai. Mohon luangkan waktu dua menit untuk{" "}
          <Link href={link.path}>mengisi survei kepuasan atas permohonan ini</Link> (tautan berlaku sampai dengan{" "}
          {formatDate(link.lastDay)}).
        </p>
      ) : (
        <p className="text-sm">
          Masa pengisian survei untuk permohonan ini berakhir pada {formatDate(link.lastDay)}. Anda tetap dapat memberi penilaian melalui{" "}
          <Link href="/survei">survei umum</Link>.
        </p>
      )}
    </section>
  );
}
