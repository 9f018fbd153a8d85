import { ActionForm } from "@/components/forms/action-form";
import { Card } from "@/components/ui/card";
import { hasPermission, type Role } from "@/lib/auth/roles";
import type { ObjectionDecision, ObjectionGround, ObjectionStatus } from "@/lib/generated/prisma/enums";
import { canSettleAmicably, DECISION_LABELS, DISPUTE_STAGE_LABELS } from "@/lib/objections/labels";
import {
  acceptLateObjectionAction, carryOutObjectionAction, decideObjectionAction, recordDisputeAction, recordObjectionReactionAction, settleObjectionAction,
} from "@/lib/objections/staff-actions";

type Props = {
  role: Role;
  objection: { id: string; status: ObjectionStatus; late: boolean; lateAcceptedAt: Date | null; decision: ObjectionDecision | null; grounds: ObjectionGround[] };
};

const options = <K extends string>(labels: Record<K, string>) => (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));

/** The forms the role may use in the objection's current state (the server checks both again). */
export function ObjectionStaffActions({ role, objection }: Props) {
  const id = { name: "objectionId", label: "", kind: "hidden" as const, defaultValue: objection.id };
  const can = (p: Parameters<typeof hasPermission>[1]) => hasPermission(role, p);
  const lateOpen = objection.late && !objection.lateAcceptedAt;
  return (
    <div className="space-y-4">
      {lateOpen && can("acceptLateObjection") && (
        <Card title="Terima keberatan terlambat">
          <ActionForm action={acceptLateObjectionAction} submitLabel="Terima dengan catatan" fields={[id, { name: "note", label: "Catatan (mengapa tetap diterima)", kind: "textarea", required: true }]} />
        </Card>
      )}
      {objection.status === "DIAJUKAN" && !lateOpen && can("decideObjection") && (
        <Card title="Tanggapan Atasan PPID">
          <ActionForm
            action={decideObjectionAction}
            submitLabel="Simpan tanggapan"
            fields={[
              id,
              { name: "decision", label: "Tanggapan", kind: "radio", required: true, options: options(DECISION_LABELS) },
              { name: "decisionReasons", label: "Alasan tertulis", kind: "textarea", required: true },
              { name: "orderedAction", label: "Informasi yang wajib diberikan PPID (bila membatalkan)", kind: "textarea" },
              { name: "atasanPosition", label: "Jabatan Atasan PPID", kind: "text", required: true, defaultValue: "Sekretaris Dinas selaku Atasan PPID" },
            ]}
          />
        </Card>
      )}
      {objection.status === "DIAJUKAN" && !lateOpen && canSettleAmicably(objection.grounds) && can("settleObjection") && (
        <Card title="Penyelesaian secara musyawarah (alasan huruf b–g)">
          <ActionForm
            action={settleObjectionAction}
            submitLabel="Catat kesepakatan"
            fields={[
              id,
              { name: "settledDate", label: "Tanggal kesepakatan", kind: "date", required: true },
              { name: "settlementTerms", label: "Isi kesepakatan (yang diberikan atau dilakukan PPID)", kind: "textarea", required: true },
              { name: "requesterAgreed", label: "Pemohon telah menyetujui kesepakatan ini", kind: "checkbox", required: true },
            ]}
          />
        </Card>
      )}
      {objection.status === "DIPUTUSKAN" && objection.decision === "MEMBATALKAN" && can("carryOutObjection") && (
        <Card title="Laksanakan tanggapan Atasan PPID">
          <ActionForm action={carryOutObjectionAction} submitLabel="Catat pelaksanaan" fields={[id, { name: "note", label: "Yang telah diberikan kepada pemohon", kind: "textarea", required: true }]} />
        </Card>
      )}
      {objection.status !== "DIAJUKAN" && can("followUpObjection") && (
        <Card title="Tanggapan pemohon">
          <ActionForm action={recordObjectionReactionAction} submitLabel="Catat tanggapan pemohon" fields={[id, { name: "reaction", label: objection.status === "DISELESAIKAN_MUSYAWARAH" ? "Tanggapan pemohon atas penyelesaian musyawarah" : "Tanggapan pemohon atas jawaban Atasan PPID", kind: "textarea", required: true }]} />
        </Card>
      )}
      {can("followUpObjection") && (
        <Card title="Sengketa di Komisi Informasi Provinsi">
          <ActionForm
            action={recordDisputeAction}
            submitLabel="Simpan data sengketa"
            fields={[
              id,
              { name: "disputeFiledDate", label: "Tanggal pengajuan sengketa", kind: "date", required: true },
              { name: "disputeStage", label: "Tahap", kind: "select", required: true, options: options(DISPUTE_STAGE_LABELS) },
              { name: "disputeResult", label: "Hasil / putusan", kind: "textarea" },
            ]}
          />
        </Card>
      )}
    </div>
  );
}
