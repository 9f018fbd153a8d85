import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { updateDipItemAction } from "@/lib/catalogue/actions";
import { itemDefaults } from "@/lib/catalogue/form-defaults";
import { getStaffItem, listMandatoryKinds } from "@/lib/catalogue/staff-item-query";
import { Card } from "@/components/ui/card";
import { ItemForm } from "@/components/staff/catalogue/item-form";

export const metadata = { title: "Ubah informasi publik" };

export default async function EditCatalogueItemPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("manageCatalogue");
  const { id } = await params;
  const [data, kinds] = await Promise.all([getStaffItem(user, id), listMandatoryKinds(user)]);
  if (!data) notFound();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Ubah: {data.item.title}</h1>
      <p className="text-sm text-slate-700">Berkas yang diunggah ditambahkan ke item; berkas lama tetap tersimpan dalam riwayat.</p>
      <Card>
        <ItemForm action={updateDipItemAction.bind(null, id)} defaults={itemDefaults(data)} kinds={kinds} submitLabel="Simpan perubahan" />
      </Card>
    </div>
  );
}
