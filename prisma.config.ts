// Prisma CLI config. The app itself connects through @prisma/adapter-pg (lib/db.ts); migrations are
// applied offline by scripts/migrate.mjs, so the CLI only needs the schema location here.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
