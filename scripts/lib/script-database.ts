// Database access for operational commands run with tsx outside Next.js (see package.json:
// `tsx --conditions=react-server` makes `import "server-only"` resolve to its empty export).
// Uses DATABASE_URL when set, else the embedded PostgreSQL in .data/postgres, like `npm start`.
import type { Db } from "@/lib/db";
import { RuleError } from "@/lib/rule-error";

export async function withDatabase<T>(run: (db: Db) => Promise<T>): Promise<T> {
  const { resolveDatabaseUrl } = await import("./embedded-db.mjs");
  const database = await resolveDatabaseUrl();
  process.env.DATABASE_URL = database.url;
  // Imported only now: lib/db reads DATABASE_URL when it is first loaded.
  const { db } = await import("@/lib/db");
  try {
    const tables = await db.$queryRaw<{ name: string | null }[]>`SELECT to_regclass('"Holiday"')::text AS "name"`;
    if (!tables[0]?.name) {
      throw new CommandError("Basis data belum berisi tabel aplikasi. Jalankan dahulu: npm run db:migrate");
    }
    return await run(db);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

/** An expected refusal: printed without a stack trace, exit code 1. */
export class CommandError extends Error {}

/** Runs a command's main function with uniform error output and exit codes. */
export function runCommand(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof CommandError || error instanceof RuleError) {
        console.error(`Gagal: ${error.message}`);
        const fieldErrors = error instanceof RuleError ? error.fieldErrors : {};
        for (const [field, messages] of Object.entries(fieldErrors)) {
          const text = messages.filter((m) => m !== error.message).join(" ");
          if (text) console.error(`  - ${field === "_form" ? "" : `${field}: `}${text}`);
        }
      } else {
        console.error(error);
      }
      process.exit(1);
    },
  );
}
