import { requirePermission } from "@/lib/auth/guard";
import { createDipItemAction } from "@/lib/catalogue/actions";
import { newItemDefaults } from "@/lib/catalogue/form-defaults";
import { listMandatoryKinds } from "@/lib/catalogue/staff-item-query";
import { officeDateOf } from "@/lib/datetime/zoned-to-utc";
import { getClockSettings } from "@/lib/settings/clock";
import { Card } from "@/components/ui/card";
import { ItemForm } from "@/components/staff/catalogue/item-form";

export const metadata = { title: "Tambah informasi publik" };

export default async function NewCatalogueItemPage() {
  const user = await requirePermission("manageCatalogue");
  const [kinds, clock] = await Promise.all([listMandatoryKinds(user), getClockSettings()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Tambah informasi publik</h1>
      <Card>
        <ItemForm action={createDipItemAction} defaults={newItemDefaults(officeDateOf(new Date(), clock.timeZone))} kinds={kinds} submitLabel="Simpan informasi" />
      </Card>
    </div>
  );
}
