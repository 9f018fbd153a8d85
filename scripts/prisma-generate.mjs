// Runs `prisma generate` offline. Prisma 7's CLI wants a schema-engine binary path even though
// generate never executes it; it cannot be downloaded here, so point it at any existing file.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
if (!existsSync(path.join(root, "prisma", "schema.prisma"))) process.exit(0);

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const result = spawnSync(
  process.execPath,
  [path.join(root, "node_modules", "prisma", "build", "index.js"), "generate"],
  { cwd: root, env, stdio: "inherit" },
);
process.exit(result.status ?? 1);
