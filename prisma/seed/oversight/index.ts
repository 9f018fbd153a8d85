/** Demo data for Pengawasan dan Pembinaan (issue 6), run inside the demo seed's transaction. */
import type { Tx } from "@/lib/db";
import { seedEarlierAudit, seedInstrument, seedSubmittedAudit } from "./seed-audit";
import { seedMonev } from "./seed-monev";
import { seedGuides, seedTraining } from "./seed-pembinaan";

export async function seedOversightDemo(tx: Tx, staffIds: Map<string, { id: string }>): Promise<void> {
  const users = Object.fromEntries([...staffIds].map(([username, s]) => [username, s.id]));
  const instrument = await seedInstrument(tx);
  await seedEarlierAudit(tx, users, instrument);
  await seedSubmittedAudit(tx, users, instrument);
  await seedMonev(tx, users.ppid);
  await seedTraining(tx, users);
  await seedGuides(tx, users);
}
