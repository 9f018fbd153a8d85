"use client";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { pauseRequestAction, resumeRequestAction } from "@/lib/requests/staff-actions";
import { ActionFormShell, useRequestAction } from "./action-form";

export function PauseForm({ requestId }: { requestId: string }) {
  const form = useRequestAction(pauseRequestAction);
  const id = "question";
  return (
    <ActionFormShell
      title="Minta klarifikasi kepada pemohon"
      description="Tenggat berhenti mulai hari ini sampai jawaban pemohon diterima."
      requestId={requestId}
      form={form}
      submitLabel="Catat permintaan klarifikasi"
      variant="secondary"
    >
      <Field id={id} label="Pertanyaan klarifikasi" error={form.error(id)} required>
        <textarea name={id} rows={3} defaultValue={form.value(id)} className={inputClass} {...fieldAria(id, form.error(id))} />
      </Field>
    </ActionFormShell>
  );
}

export function ResumeForm({ requestId, today, question }: { requestId: string; today: string; question: string | null }) {
  const form = useRequestAction(resumeRequestAction);
  return (
    <ActionFormShell
      title="Catat jawaban klarifikasi"
      description={question ? <>Pertanyaan: “{question}”</> : undefined}
      requestId={requestId}
      form={form}
      submitLabel="Catat jawaban"
    >
      <Field id="answer" label="Jawaban pemohon" error={form.error("answer")} required>
        <textarea name="answer" rows={3} defaultValue={form.value("answer")} className={inputClass} {...fieldAria("answer", form.error("answer"))} />
      </Field>
      <Field id="resumeDate" label="Tanggal jawaban diterima" hint="Tidak boleh di masa depan." error={form.error("resumeDate")} required>
        <input
          type="date"
          name="resumeDate"
          max={today}
          defaultValue={form.value("resumeDate", today)}
          className={inputClass}
          {...fieldAria("resumeDate", form.error("resumeDate"), true)}
        />
      </Field>
    </ActionFormShell>
  );
}
