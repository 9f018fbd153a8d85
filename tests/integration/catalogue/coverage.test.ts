import { db } from "@/lib/db";
import { mandatoryCoverage } from "@/lib/catalogue/coverage";
import { saveMandatoryKind } from "@/lib/catalogue/mandatory-service";
import { createDipItem } from "@/lib/catalogue/service";
import { RuleError } from "@/lib/rule-error";
import { makeStaff } from "../admin/fixtures";
import { itemValues, marker } from "./fixtures";

afterAll(() => db.$disconnect());

it("a mandatory kind is missing, then current, then outdated as its item ages", async () => {
  const ppid = await makeStaff("PPID");
  const code = `UJI-${marker().toUpperCase()}`;
  const kind = await saveMandatoryKind(ppid, null, { code, category: "BERKALA", legalBasis: "UU KIP Pasal 9", title: `Jenis uji ${code}`, description: "", sortOrder: "999", active: "on" });
  const stateAt = async (at: Date) => (await mandatoryCoverage(at)).find((r) => r.id === kind.id)?.state;
  expect(await stateAt(new Date("2026-07-01T02:00:00Z"))).toBe("KOSONG");

  // A setiap-saat item cannot fill a berkala kind.
  const wrong = await createDipItem(ppid, itemValues({ category: "SETIAP_SAAT", mandatoryKindId: kind.id, updateCycleMonths: "12" }), null).catch((e: unknown) => e);
  expect((wrong as RuleError).fieldErrors.mandatoryKindId).toBeDefined();

  await createDipItem(ppid, itemValues({ mandatoryKindId: kind.id, lastUpdatedAt: "2026-06-03" }), null, new Date("2026-06-03T02:00:00Z"));
  expect(await stateAt(new Date("2026-07-01T02:00:00Z"))).toBe("ADA");
  expect(await stateAt(new Date("2026-12-03T02:00:00Z"))).toBe("ADA");
  expect(await stateAt(new Date("2026-12-04T02:00:00Z"))).toBe("USANG");

  // The list is editable: a duplicate code is refused at its field; a deactivated kind is no longer monitored.
  const clash = await saveMandatoryKind(ppid, null, { code, category: "BERKALA", legalBasis: "x", title: "y", description: "", sortOrder: "1", active: "on" }).catch((e: unknown) => e);
  expect((clash as RuleError).fieldErrors.code).toBeDefined();
  await saveMandatoryKind(ppid, kind.id, { code, category: "BERKALA", legalBasis: "UU KIP Pasal 9", title: `Jenis uji ${code}`, description: "", sortOrder: "999", active: "" });
  expect(await stateAt(new Date("2026-07-01T02:00:00Z"))).toBeUndefined();
});
