import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { RequestStatus } from "@/lib/generated/prisma/enums";
import { STATUS_LABELS } from "@/lib/requests/labels";

const TONES: Record<RequestStatus, BadgeTone> = {
  DITERIMA: "info",
  DIPROSES: "neutral",
  MENUNGGU_KLARIFIKASI: "warning",
  DIPUTUSKAN: "success",
  SELESAI: "neutral",
};

export function StatusBadge({ status }: { status: RequestStatus }) {
  return <Badge tone={TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}
