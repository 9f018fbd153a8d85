"use client";
import { deleteHolidayAction, setHolidayYearCompleteAction } from "@/lib/holidays/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useAdminAction } from "@/components/staff/admin/use-admin-action";

export function HolidayDeleteButton({ id, label }: { id: string; label: string }) {
  const form = useAdminAction(deleteHolidayAction.bind(null, id));
  return (
    <form
      action={form.formAction}
      className="space-y-2"
      onSubmit={(event) => {
        if (!window.confirm(`Hapus hari libur "${label}"? Tenggat permohonan yang masih berjalan akan dihitung ulang.`)) event.preventDefault();
      }}
    >
      <FormMessage ok={form.state.ok} message={form.state.message} />
      <Button type="submit" variant="danger" disabled={form.pending}>
        {form.pending ? "Menghapus…" : "Hapus hari libur ini"}
      </Button>
    </form>
  );
}

export function HolidayYearToggle({ year, complete }: { year: number; complete: boolean }) {
  const form = useAdminAction(setHolidayYearCompleteAction.bind(null, year, !complete));
  return (
    <form action={form.formAction} className="space-y-2">
      <FormMessage ok={form.state.ok} message={form.state.message} />
      <Button type="submit" variant={complete ? "secondary" : "primary"} disabled={form.pending}>
        {complete ? `Tandai data ${year} belum lengkap` : `Tandai data ${year} lengkap`}
      </Button>
    </form>
  );
}
