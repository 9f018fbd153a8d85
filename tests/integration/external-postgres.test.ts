import pg from "pg";
import { seedDemoData } from "@/prisma/seed/seed-demo";
import { createScratchDatabase, type ScratchDatabase } from "./support/scratch-database";

// The production path: DATABASE_URL pointing at an external PostgreSQL 15+ instead of the embedded one.
// Our machines run PostgreSQL 15 (the oldest supported) on 127.0.0.1:5432; EXTERNAL_PG_URL names another.
const EXTERNAL_URL = process.env.EXTERNAL_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

async function externalServerVersion(): Promise<number | null> {
  const client = new pg.Client({ connectionString: EXTERNAL_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    const { rows } = await client.query("SHOW server_version_num");
    return Number(rows[0].server_version_num);
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

let version: number | null = null;
let scratch: ScratchDatabase | undefined;

beforeAll(async () => {
  version = await externalServerVersion();
  if (version !== null) scratch = await createScratchDatabase("ppid_external_check", EXTERNAL_URL);
}, 180_000);

afterAll(async () => {
  await scratch?.drop();
});

it("migrates, enforces the append-only audit log and loads the demo data on an external PostgreSQL 15+", async () => {
  if (version === null || !scratch) {
    console.warn(`External PostgreSQL not reachable at ${EXTERNAL_URL}; production-path check not run.`);
    return;
  }
  expect(version).toBeGreaterThanOrEqual(150000);
  const result = await seedDemoData(scratch.client);
  expect(result.skipped).toBe(false);
  expect(await scratch.client.informationRequest.count()).toBeGreaterThanOrEqual(75);
  await expect(scratch.client.$executeRawUnsafe(`DELETE FROM "AuditLog"`)).rejects.toThrow(/append-only/);
}, 180_000);
