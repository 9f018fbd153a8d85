import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { hasPermission } from "@/lib/auth/roles";
import { getAssignableOfficers, getRequestDetail } from "@/lib/requests/detail-queries";
import { StatusBadge } from "@/components/staff/requests/status-badge";
import { DeadlinePanel } from "@/components/staff/requests/deadline-panel";
import { RequestTimeline } from "@/components/staff/requests/request-timeline";
import { RequestActions } from "@/components/staff/requests/request-actions";
import { ApplicantCard, DecisionCard, PausesCard, RequestCard } from "@/components/staff/requests/request-data";
import { FormMessage } from "@/components/ui/form-message";
import { LettersCard } from "@/components/documents/letters-card"; // issue 3
import { lettersOfRequest } from "@/lib/documents/queries"; // issue 3
import { OutboxTable } from "@/components/notifications/outbox-table"; // issue 3
import { outboxOfRequest } from "@/lib/notifications/queries"; // issue 3
import { Card } from "@/components/ui/card"; // issue 3
import { AttachmentsCard } from "@/components/documents/attachments-card"; // issue 3
import { attachmentsOfRequest } from "@/lib/files/request-attachments"; // issue 3

export const metadata = { title: "Detail permohonan" };
import { firstParam, type SearchParams } from "@/lib/http/search-params";

export default async function RequestPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const user = await requirePermission("readRequests");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const terdaftar = firstParam(query.terdaftar);
  const detail = await getRequestDetail(id);
  if (!detail) notFound();
  const officers = detail.actions.includes("assign") && hasPermission(user.role, "assignRequest") ? await getAssignableOfficers() : [];
  const { request } = detail;
  const [letters, messages, attachments] = await Promise.all([lettersOfRequest(user, request.id), outboxOfRequest(user, request.id), attachmentsOfRequest(user, request.id)]); // issue 3
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/staf/permohonan">← Kotak masuk permohonan</Link>
      </p>
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">Permohonan {request.registrationNumber}</h1>
        <StatusBadge status={request.status} />
      </header>
      {terdaftar === "1" && (
        <FormMessage ok message={`Permohonan tercatat dengan nomor ${request.registrationNumber}. Sampaikan nomor dan kode lacak ${request.trackingCode} kepada pemohon.`} />
      )}
      <div className="grid gap-4 xl:grid-cols-2">
        <div className="space-y-4">
          <DeadlinePanel detail={detail} />
          <RequestActions detail={detail} officers={officers} extensionDays={detail.extensionDays} />
          <DecisionCard request={request} />
          <PausesCard pauses={request.pauses} />
          <LettersCard role={user.role} requestId={request.id} letters={letters} />
          <AttachmentsCard role={user.role} requestId={request.id} attachments={attachments} />
        </div>
        <div className="space-y-4">
          <RequestCard request={request} />
          <ApplicantCard request={request} />
          <RequestTimeline events={request.events} />
          <Card title="Surel kepada pemohon dan petugas"><OutboxTable rows={messages} /></Card>
        </div>
      </div>
    </div>
  );
}
