import { Card } from "@/components/ui/card";
import type { Role } from "@/lib/auth/roles";
import type { RequestDetail } from "@/lib/requests/detail-queries";
import { isGranting } from "@/lib/requests/transitions";
import { AssignForm } from "./actions/assign-form";
import { PauseForm, ResumeForm } from "./actions/clarification-forms";
import { ExtendForm } from "./actions/extend-form";
import { DecideForm } from "./actions/decide-form";
import { DeliverForm } from "./actions/deliver-form";
import { CloseForm } from "./actions/close-form";

type Officer = { id: string; name: string; role: Role };

/** One form per action this officer may take now (lib/requests/transitions decides which). */
export function RequestActions({ detail, officers, extensionDays }: { detail: RequestDetail; officers: Officer[]; extensionDays: number }) {
  const { request, actions, today } = detail;
  if (actions.length === 0) {
    return (
      <Card title="Tindakan">
        <p className="text-sm text-slate-700">
          {request.status === "SELESAI" ? "Permohonan sudah selesai; tidak ada tindakan lagi." : "Tidak ada tindakan yang dapat Anda lakukan pada tahap ini."}
        </p>
      </Card>
    );
  }
  const openPause = request.pauses.find((p) => p.resumeDate === null);
  const undelivered = isGranting(request.outcome) && !request.deliveredAt;
  return (
    <Card title="Tindakan">
      <div className="space-y-4">
        {actions.includes("decide") && <DecideForm requestId={request.id} today={today} />}
        {actions.includes("resume") && <ResumeForm requestId={request.id} today={today} question={openPause?.question ?? null} />}
        {actions.includes("deliver") && <DeliverForm requestId={request.id} today={today} defaultMethod={request.copyDelivery} />}
        {actions.includes("assign") && <AssignForm requestId={request.id} officers={officers} currentAssigneeId={request.assignedTo?.id ?? null} />}
        {actions.includes("pause") && <PauseForm requestId={request.id} />}
        {actions.includes("extend") && <ExtendForm requestId={request.id} extensionDays={extensionDays} />}
        {actions.includes("close") && (
          <CloseForm requestId={request.id} warning={undelivered ? "Penyerahan informasi belum dicatat. Tutup hanya bila pemohon tidak mengambil informasinya." : undefined} />
        )}
      </div>
    </Card>
  );
}
