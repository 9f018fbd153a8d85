import "server-only";
import { db, type Db } from "@/lib/db";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/audit/write-audit";
import { writeSetting } from "@/lib/settings/store";
import { parseOrRefuse, RuleError } from "@/lib/rule-error";
import { mandatoryKindSchema } from "./schema";
import { CATALOGUE_SETTINGS_KEY, catalogueSettingsSchema, getCatalogueSettings } from "./settings";

/** Creates (id null) or edits one mandatory kind of the Pasal 9 / Pasal 11 list. */
export async function saveMandatoryKind(user: StaffUser, id: string | null, raw: unknown, client: Db = db) {
  assertPermission(user, "manageCatalogue");
  const input = parseOrRefuse(mandatoryKindSchema, raw);
  return client.$transaction(async (tx) => {
    const clash = await tx.dipMandatoryKind.findUnique({ where: { code: input.code }, select: { id: true } });
    if (clash && clash.id !== id) throw RuleError.at("code", "Kode sudah dipakai jenis informasi lain.");
    const before = id ? await tx.dipMandatoryKind.findUnique({ where: { id } }) : null;
    if (id && !before) throw new RuleError("Jenis informasi wajib tidak ditemukan.");
    const kind = id
      ? await tx.dipMandatoryKind.update({ where: { id }, data: input, select: { id: true, title: true } })
      : await tx.dipMandatoryKind.create({ data: input, select: { id: true, title: true } });
    await writeAudit(tx, user, { action: id ? "DIP_MANDATORY_UPDATED" : "DIP_MANDATORY_CREATED", entityType: "DipMandatoryKind", entityId: kind.id, before, after: input });
    return kind;
  });
}

export async function saveCatalogueSettings(user: StaffUser, raw: unknown, client: Db = db) {
  assertPermission(user, "manageSettings");
  const input = parseOrRefuse(catalogueSettingsSchema, raw);
  return client.$transaction(async (tx) => {
    const before = await getCatalogueSettings(tx);
    await writeSetting(tx, CATALOGUE_SETTINGS_KEY, input, user.id);
    await writeAudit(tx, user, { action: "UPDATE_CATALOGUE_SETTINGS", entityType: "Setting", entityId: CATALOGUE_SETTINGS_KEY, before, after: input });
    return input;
  });
}
