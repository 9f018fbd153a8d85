// A database of its own for a test that needs an EMPTY database (the shared test database holds
// other files' rows): created on the server named by DATABASE_URL (or another server's URL), migrated,
// dropped afterwards.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

const MIGRATIONS_MODULE = pathToFileURL(path.resolve(__dirname, "../../../scripts/lib/migrations.mjs")).href;

/**
 * deployMigrations() from scripts/lib/migrations.mjs, run in a child Node process: the schema engine
 * it loads is an ES module from node_modules, which Jest's CommonJS module system cannot import.
 */
async function deployMigrations(url: string): Promise<void> {
  // Exit at once: the engine's idle pool would otherwise keep the child alive for another 10 s.
  const script =
    "const { deployMigrations } = await import(process.argv[1]); await deployMigrations(process.argv[2], { quiet: true }); process.exit(0);";
  await promisify(execFile)(process.execPath, ["--input-type=module", "-e", script, MIGRATIONS_MODULE, url], { timeout: 120_000 });
}

export type ScratchDatabase = { name: string; client: PrismaClient; drop: () => Promise<void> };

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

export async function createScratchDatabase(prefix: string, serverUrl = process.env.DATABASE_URL): Promise<ScratchDatabase> {
  if (!serverUrl) throw new Error("DATABASE_URL is not set (tests/integration/global-setup.mjs sets it)");
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  const dropDatabase = () => onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    await deployMigrations(url.toString());
  } catch (error) {
    await dropDatabase();
    throw error;
  }
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url.toString() }) });
  return {
    name,
    client,
    async drop() {
      await client.$disconnect();
      await dropDatabase();
    },
  };
}
