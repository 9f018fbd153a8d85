#!/usr/bin/env node
// Offline replacement for `prisma migrate deploy | dev --create-only | diff --exit-code`.
// Prisma 7's CLI downloads a native schema engine for these; we run its WebAssembly build instead
// (scripts/lib/schema-engine.mjs). Usage:
//   node scripts/migrate.mjs deploy                 apply pending migrations (DATABASE_URL, else
//                                                   the embedded PostgreSQL in .data/postgres)
//   node scripts/migrate.mjs create <name> [--append-sql <file>]
//                                                   new prisma/migrations/<ts>_<name>/ from the diff
//                                                   between the migrations and schema.prisma
//   node scripts/migrate.mjs check [--schema <file>] exit 1 (with a summary) when they disagree
// `create` and `check` never touch DATABASE_URL: they use a throw-away embedded PostgreSQL.
// Hand-written SQL (triggers, functions, …) can be appended with --append-sql, or pasted at the end
// of the generated migration.sql before it is applied anywhere; Prisma's differ ignores it.
import fs from "node:fs";
import path from "node:path";
import { resolveDatabaseUrl } from "./lib/embedded-db.mjs";
import { deployMigrations, checkDrift, createMigration, SCHEMA_PATH, MIGRATIONS_DIR } from "./lib/migrations.mjs";

const rel = (p) => path.relative(process.cwd(), p) || ".";
const redact = (url) => url.replace(/\/\/([^:@/]*):[^@/]*@/, "//$1:***@");

async function deploy() {
  const db = await resolveDatabaseUrl();
  try {
    console.log(`Applying migrations from ${rel(MIGRATIONS_DIR)} to ${redact(db.url)}`);
    const { applied, total } = await deployMigrations(db.url);
    if (!total) console.log("No migration found.");
    else if (!applied.length) console.log("No pending migrations to apply.");
    else console.log(`Applied ${applied.length} migration(s):\n${applied.map((n) => `  └─ ${n}`).join("\n")}`);
  } finally {
    await db.stop();
  }
  return 0;
}

async function create(args) {
  const name = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--append-sql");
  const appendIdx = args.indexOf("--append-sql");
  if (!name) throw new Error("usage: migrate.mjs create <name> [--append-sql <file>]");
  const appendSql = appendIdx >= 0 ? fs.readFileSync(args[appendIdx + 1], "utf8") : undefined;
  const result = await createMigration(name, { appendSql });
  if (!result) {
    console.log(`${rel(SCHEMA_PATH)} matches the migrations: no migration created.`);
    if (appendSql) console.log("(--append-sql ignored: add it to a migration with schema changes, or edit one by hand.)");
    return 0;
  }
  console.log(`Created ${rel(path.join(result.dir, "migration.sql"))}${appendSql ? " (with appended SQL)" : ""}.`);
  console.log("Review it, then run `node scripts/migrate.mjs deploy`.");
  return 0;
}

async function check(args) {
  const i = args.indexOf("--schema");
  const schemaPath = i >= 0 ? path.resolve(args[i + 1]) : SCHEMA_PATH;
  const { drift, summary, script } = await checkDrift({ schemaPath });
  if (!drift) {
    console.log(`OK: ${rel(MIGRATIONS_DIR)} matches ${rel(schemaPath)}.`);
    return 0;
  }
  console.error(`Drift: ${rel(schemaPath)} differs from what ${rel(MIGRATIONS_DIR)} produces.\n`);
  console.error(summary);
  console.error(`\nSQL a new migration would need:\n\n${script}\n`);
  console.error("Fix: node scripts/migrate.mjs create <name>  (or revert the schema change)");
  return 1;
}

const [command, ...args] = process.argv.slice(2);
const commands = { deploy, create, check };
if (!commands[command]) {
  console.error("usage: node scripts/migrate.mjs <deploy | create <name> [--append-sql <file>] | check [--schema <file>]>");
  process.exit(2);
}
commands[command](args).then(
  (code) => process.exit(code),
  (err) => {
    console.error(`migrate ${command} failed: ${err.message}`);
    process.exit(1);
  },
);
