#!/usr/bin/env node
// The whole test suite, as README line 2 runs it: installs what is missing (Chromium from apt),
// then unit tests, the migration drift check and integration tests against embedded PostgreSQL,
// a production build, and the Playwright browser tests in Debian's Chromium.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./lib/embedded-db.mjs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const bin = (name) => path.join(PROJECT_ROOT, "node_modules", ".bin", name);

function run(label, command, args, extraEnv = {}) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: PROJECT_ROOT, stdio: "inherit", env: { ...process.env, ...extraEnv } });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`◀ ${label}: ${result.status === 0 ? "lulus" : "GAGAL"} (${seconds} s)`);
  return result.status === 0;
}

function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return;
  console.log("Chromium belum terpasang: memasang paket Debian `chromium`…");
  const asRoot = process.getuid?.() === 0;
  for (const args of [["update"], ["install", "-y", "--no-install-recommends", "chromium"]]) {
    const [cmd, cmdArgs] = asRoot ? ["apt-get", args] : ["sudo", ["-n", "apt-get", ...args]];
    const result = spawnSync(cmd, cmdArgs, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (result.status !== 0) {
      console.error("Gagal memasang Chromium. Pasang manual: sudo apt-get install -y chromium");
      process.exit(1);
    }
  }
}

const only = process.argv[2]; // optional: unit | integration | e2e
const steps = [];
if (!only || only === "unit") steps.push(() => run("Uji unit", bin("jest"), ["--selectProjects", "unit", "--ci"]));
if (!only || only === "integration") {
  steps.push(() => run("Cek kesesuaian migrasi dan schema.prisma", process.execPath, ["scripts/migrate.mjs", "check"]));
  steps.push(() => run("Uji integrasi (PostgreSQL tertanam)", bin("jest"), ["--selectProjects", "integration", "--runInBand", "--ci"]));
}
if (!only || only === "e2e") {
  steps.push(() => {
    ensureChromium();
    return run("Build produksi", bin("next"), ["build"], { NEXT_TELEMETRY_DISABLED: "1" });
  });
  steps.push(() => run("Uji browser (Playwright, Chromium)", bin("playwright"), ["test"], { SKIP_BUILD: "1" }));
}

let failed = 0;
for (const step of steps) if (!step()) failed++;
console.log(`\nsteps: ${steps.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
