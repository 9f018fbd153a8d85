// Integration tests run against a real PostgreSQL: the embedded server from npm (own folder and port),
// or the server named by TEST_DATABASE_URL. Every run starts from a freshly migrated database.
import pg from "pg";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-db.mjs";
import { deployMigrations } from "../../scripts/lib/migrations.mjs";

// One database per run, so parallel runs (several developers on one machine) never collide.
const TEST_DB = `ppid_test_${process.pid}`;

export async function dropTestDatabase(adminUrl) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${TEST_DB} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

async function recreateDatabase(adminUrl) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${TEST_DB} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${TEST_DB}`);
  } finally {
    await client.end();
  }
}

export default async function globalSetup() {
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const port = Number(process.env.TEST_PG_PORT) || 54330;
    const server = await startEmbeddedPostgres({ dataDir: ".data/test-postgres", port, database: "postgres" });
    globalThis.__EMBEDDED_PG__ = server;
    adminUrl = server.url;
  }
  await recreateDatabase(adminUrl);
  globalThis.__TEST_DB_ADMIN_URL__ = adminUrl;
  const url = new URL(adminUrl);
  url.pathname = `/${TEST_DB}`;
  process.env.DATABASE_URL = url.toString();
  await deployMigrations(process.env.DATABASE_URL, { quiet: true });
}
