// Small pieces of scripts/start.mjs, kept apart so the start sequence reads top to bottom.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { PROJECT_ROOT } from "./embedded-db.mjs";

/** NEXTAUTH_SECRET from the environment, or one generated once and kept in the data folder. */
export function ensureAuthSecret(dataDir) {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(dataDir, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) {
    if (entry === "generated" || entry === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/**
 * Generates the Prisma client when it is missing or older than schema.prisma (node_modules copied
 * without running postinstall, or a pull that changed the schema without `npm install`).
 */
export function ensurePrismaClient() {
  const client = path.join(PROJECT_ROOT, "lib", "generated", "prisma", "client.ts");
  const schema = path.join(PROJECT_ROOT, "prisma", "schema.prisma");
  if (fs.existsSync(client) && fs.statSync(client).mtimeMs >= fs.statSync(schema).mtimeMs) return;
  console.log("Membuat Prisma Client (prisma generate)…");
  const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, "scripts", "prisma-generate.mjs")], { cwd: PROJECT_ROOT, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`prisma generate failed (exit ${result.status})`);
}

/** True when there is no production build or a source file changed after it was made. */
export function isBuildStale() {
  const buildId = path.join(PROJECT_ROOT, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const sources = ["app", "components", "lib", "public", "proxy.ts", "next.config.ts", "package-lock.json", "prisma/schema.prisma", "tailwind.config.ts"];
  const newest = Math.max(...sources.map((s) => newestMtime(path.join(PROJECT_ROOT, s))));
  return newest > fs.statSync(buildId).mtimeMs;
}

export async function tableCount(url, table) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM "${table}"`);
    return rows[0].n;
  } finally {
    await client.end();
  }
}

export async function waitForHealth(port, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the app did not answer on port ${port}`);
}

export async function printBanner({ port, demo, embedded }) {
  const lines = [
    "",
    "================================================================",
    ` Portal PPID siap: http://localhost:${port}`,
    ` Area staf:       http://localhost:${port}/masuk`,
    ` Basis data:      ${embedded ? "PostgreSQL tertanam (folder .data, git-ignored)" : "DATABASE_URL"}`,
  ];
  if (demo) {
    const accounts = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, "prisma/seed/demo-accounts.json"), "utf8"));
    lines.push(" Mode demo — akun (kata sandi sama untuk semua):", `   kata sandi: ${accounts.password}`);
    for (const a of accounts.users) lines.push(`   ${a.username.padEnd(10)} ${a.role}`);
  } else {
    lines.push(" Belum ada admin? Jalankan: npm run admin:create -- --username admin --name \"Nama Admin\"");
  }
  lines.push("================================================================", "");
  console.log(lines.join("\n"));
}
