#!/usr/bin/env node
// Prepares everything and serves the portal:
//   npm start       production: DATABASE_URL (PostgreSQL 15+) or the embedded PostgreSQL, no demo data
//   npm run demo    demo mode: loads the demo data into an empty database, demo accounts may log in
// Steps: database → migrations → holidays (when empty) → demo data → build (when stale) → next start.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT, resolveDatabaseUrl } from "./lib/embedded-db.mjs";
import { deployMigrations } from "./lib/migrations.mjs";
import { ensureAuthSecret, ensurePrismaClient, isBuildStale, printBanner, tableCount, waitForHealth } from "./lib/start-helpers.mjs";

const args = new Set(process.argv.slice(2));
const demo = args.has("--demo") || process.env.DEMO_MODE === "1";
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";
const dataDir = path.resolve(PROJECT_ROOT, process.env.PPID_DATA_DIR ?? ".data");

if (args.has("--reset-data")) {
  // Only ever wipes a folder inside the project's git-ignored .data/ (used by the browser tests).
  if (!dataDir.startsWith(path.join(PROJECT_ROOT, ".data"))) throw new Error(`refusing to reset ${dataDir}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
}

const database = await resolveDatabaseUrl({ dataDir: path.join(dataDir, "postgres") });
const env = {
  ...process.env,
  DATABASE_URL: database.url,
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  NEXTAUTH_SECRET: ensureAuthSecret(dataDir),
  STORAGE_DIR: process.env.STORAGE_DIR ?? path.join(dataDir, "storage"),
  DEMO_MODE: demo ? "1" : "",
  // The demo's document links are made up: checking them would mark every demo item "rusak".
  LINK_CHECK_JOB: process.env.LINK_CHECK_JOB ?? (demo ? "off" : "on"),
};

const tsx = (script, extra = []) => {
  const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", script, ...extra], {
    cwd: PROJECT_ROOT,
    env,
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error(`${script} failed (exit ${result.status})`);
};

ensurePrismaClient();
await deployMigrations(database.url);
if ((await tableCount(database.url, "Holiday")) === 0) tsx("scripts/import-holidays.ts");
if (demo) tsx("prisma/seed/index.ts");

if (!process.env.SKIP_BUILD && isBuildStale()) {
  console.log("Membangun aplikasi (next build)…");
  const build = spawnSync(process.execPath, [path.join(PROJECT_ROOT, "node_modules/next/dist/bin/next"), "build"], {
    cwd: PROJECT_ROOT,
    env: { ...env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "inherit",
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, [path.join(PROJECT_ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", host], {
  cwd: PROJECT_ROOT,
  env: { ...env, NEXT_TELEMETRY_DISABLED: "1" },
  stdio: "inherit",
});

let stopping = false;
async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  server.kill("SIGTERM");
  await database.stop();
  process.exit(code);
}
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));
server.on("exit", (code) => shutdown(code ?? 0));

await waitForHealth(port);
await printBanner({ port, demo, databaseUrl: database.url, embedded: database.embedded });
