import { ActionForm } from "@/components/forms/action-form";
import { Card } from "@/components/ui/card";
import { saveSurveySettingsAction } from "@/lib/survey/staff-actions";
import { DEFAULT_SURVEY_LINK_VALIDITY_DAYS, MAX_SURVEY_LINK_VALIDITY_DAYS, MIN_SURVEY_LINK_VALIDITY_DAYS } from "@/lib/survey/link-validity";
import type { SurveySettings } from "@/lib/survey/settings";

/** Staff SKM page: how long the requester's one-time survey link works; ADMIN may change it. */
export function SurveyLinkSettings({ settings, canEdit }: { settings: SurveySettings; canEdit: boolean }) {
  return (
    <Card title="Tautan survei untuk pemohon">
      <p className="text-sm text-slate-700">
        Pemohon yang permohonannya selesai menerima tautan survei sekali pakai (surel dan halaman lacak). Tautan berlaku
        sampai dengan {settings.linkValidityDays} hari kalender sesudah tanggal permohonan selesai; sesudah itu pemohon diarahkan
        ke survei umum, sehingga jawaban yang sangat terlambat tidak tercatat sebagai penilaian atas permohonannya.
      </p>
      {canEdit && (
        <div className="mt-4 max-w-md">
          <ActionForm
            action={saveSurveySettingsAction}
            submitLabel="Simpan masa berlaku"
            fields={[{
              name: "linkValidityDays", label: "Masa berlaku tautan survei (hari)", kind: "number", required: true,
              defaultValue: String(settings.linkValidityDays),
              hint: `Hari kalender sejak permohonan selesai, ${MIN_SURVEY_LINK_VALIDITY_DAYS}–${MAX_SURVEY_LINK_VALIDITY_DAYS}; bawaan ${DEFAULT_SURVEY_LINK_VALIDITY_DAYS}. Berlaku untuk tautan yang dibuat sesudah disimpan; tautan yang sudah dikirim tetap berlaku sampai tanggal yang tertulis di surelnya.`,
            }]}
          />
        </div>
      )}
    </Card>
  );
}
