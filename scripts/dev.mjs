#!/usr/bin/env node
// Development server on the embedded PostgreSQL (or DATABASE_URL), with migrations applied first.
import { spawn } from "node:child_process";
import path from "node:path";
import { PROJECT_ROOT, resolveDatabaseUrl } from "./lib/embedded-db.mjs";
import { deployMigrations } from "./lib/migrations.mjs";
import { ensureAuthSecret, ensurePrismaClient } from "./lib/start-helpers.mjs";

const dataDir = path.resolve(PROJECT_ROOT, process.env.PPID_DATA_DIR ?? ".data");
ensurePrismaClient();
const database = await resolveDatabaseUrl({ dataDir: path.join(dataDir, "postgres") });
await deployMigrations(database.url);
const port = process.env.PORT ?? "3000";
const child = spawn(process.execPath, [path.join(PROJECT_ROOT, "node_modules/next/dist/bin/next"), "dev", "-p", port], {
  cwd: PROJECT_ROOT,
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXTAUTH_SECRET: ensureAuthSecret(dataDir),
    DEMO_MODE: process.env.DEMO_MODE ?? "1",
  },
});
const stop = async () => {
  child.kill("SIGTERM");
  await database.stop();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
