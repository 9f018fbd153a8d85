import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { calendarDateFromUtcDate } from "@/lib/deadlines";
import { findEvaluationNote } from "@/lib/survey/evaluation-notes";
import { EvaluationNoteForm } from "@/components/reports/evaluation-note-form";

export const metadata = { title: "Ubah kendala atau rekomendasi" };

/** Corrects one kendala or recommendation (its date decides the report it appears in). */
export default async function EditEvaluationNotePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("manageEvaluation");
  const note = await findEvaluationNote((await params).id);
  if (!note) notFound();
  const occurredOn = calendarDateFromUtcDate(note.occurredOn);
  const values = { ...note, occurredOn, impact: note.impact ?? "", actionTaken: note.actionTaken ?? "" };
  return (
    <div className="max-w-2xl space-y-4">
      <p><Link href={`/staf/evaluasi?periode=${occurredOn.slice(0, 7)}`} className="underline">← Kembali ke evaluasi</Link></p>
      <EvaluationNoteForm defaultDate={occurredOn} note={values} />
    </div>
  );
}
