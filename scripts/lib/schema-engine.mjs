// Prisma's schema engine (WebAssembly build) driven through the pg driver adapter, fully offline.
// Prisma 7's CLI would download a native engine for `migrate *`; that is impossible here, so we load
// the same engine code compiled to WebAssembly. See /work/shared/STACK.md "Offline migrations".
// Relies on internals of @prisma/adapter-pg 7.10.1 and @prisma/schema-engine-wasm: keep them pinned.
import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { PROJECT_ROOT } from "./embedded-db.mjs";

const require = createRequire(import.meta.url);
export const NO_FILTER = { externalTables: [], externalEnums: [] };

// The wasm that prisma@7.10.1 ships (its engine version, d1b3f377…) is preferred; the glue from
// @prisma/schema-engine-wasm imports exactly the same functions. Fall back to the glue's own wasm.
function wasmPath() {
  const shipped = path.join(PROJECT_ROOT, "node_modules", "prisma", "build", "schema_engine_bg.wasm");
  if (fs.existsSync(shipped)) return shipped;
  return path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm");
}

let gluePromise;
// Node 20 cannot `import` a .wasm file, so instantiate it by hand and hand it to the glue.
function loadGlue() {
  gluePromise ??= (async () => {
    const glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const module = new WebAssembly.Module(fs.readFileSync(wasmPath()));
    const instance = new WebAssembly.Instance(module, { "./schema_engine_bg.js": glue });
    glue.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return glue;
  })();
  return gluePromise;
}

// Connection fields, never the URL: given { connectionString }, adapter-pg's shadow database
// connection would silently reuse the main database (the URL's database name wins over ours).
export function connectionConfig(url) {
  const { schema, ...config } = parseIntoClientConfig(url);
  return { config, schema: typeof schema === "string" ? schema : undefined };
}

async function adminQuery(config, sql) {
  const client = new pg.Client(config);
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

// Fixes applied to every adapter connection the engine receives.
function patchAdapter(adapter) {
  // adapter-pg cannot deserialize PostgreSQL's internal "char" type (OID 18, used in pg_catalog,
  // e.g. pg_constraint.contype); report it as text (OID 25), which pg already returns as a string.
  const patchIO = (q) => {
    const performIO = q.performIO.bind(q);
    q.performIO = async (query) => {
      const result = await performIO(query);
      for (const f of result.fields) if (f.dataTypeID === 18) f.dataTypeID = 25;
      return result;
    };
  };
  patchIO(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => {
    const tx = await startTransaction(...args);
    patchIO(tx);
    return tx;
  };
  // adapter-pg splits scripts on ";", breaking string literals and $$-bodies and leaving
  // half-applied migrations. One simple-protocol query runs the whole script (atomically, as
  // PostgreSQL wraps a multi-statement query in one implicit transaction).
  adapter.executeScript = async (script) => {
    try {
      await adapter.client.query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  // The engine may dispose more than once; pg's Pool.end() throws the second time.
  const dispose = adapter.dispose.bind(adapter);
  let disposed;
  adapter.dispose = () => (disposed ??= dispose());
  return adapter;
}

// A migration-aware adapter factory: main connections plus shadow databases we create and drop.
class OfflineAdapterFactory {
  provider = "postgres";
  adapterName = "@prisma/adapter-pg";
  open = new Set();

  constructor(url) {
    const { config, schema } = connectionConfig(url);
    // idleTimeoutMillis 0: keep pooled sessions (and any advisory lock the engine holds) alive.
    this.config = { ...config, idleTimeoutMillis: 0 };
    this.options = schema ? { schema } : undefined;
  }

  async #adapterFor(config, onDispose) {
    const adapter = patchAdapter(await new PrismaPg(config, this.options).connect());
    const dispose = adapter.dispose;
    adapter.dispose = async () => {
      this.open.delete(adapter);
      await dispose();
      await onDispose?.();
    };
    this.open.add(adapter);
    return adapter;
  }

  connect() {
    return this.#adapterFor(this.config);
  }

  async connectToShadowDb() {
    const database = `prisma_migrate_shadow_db_${randomUUID()}`;
    await adminQuery(this.config, `CREATE DATABASE "${database}"`);
    return this.#adapterFor({ ...this.config, database }, () =>
      adminQuery(this.config, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`),
    );
  }

  async close() {
    for (const adapter of [...this.open]) await adapter.dispose().catch(() => {});
  }
}

/**
 * Opens the schema engine on `url` with `schemaPath` as its datamodel. Call `close()` when done:
 * it frees the engine and ends every pool (and drops any shadow database left behind).
 */
export async function openSchemaEngine({ url, schemaPath }) {
  const { SchemaEngine } = await loadGlue();
  const factory = new OfflineAdapterFactory(url);
  const schema = { files: [{ path: schemaPath, content: fs.readFileSync(schemaPath, "utf8") }] };
  const logs = [];
  const onLog = (line) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error("[schema-engine]", line);
    logs.push(line);
    if (logs.length > 50) logs.shift();
  };
  const engine = await SchemaEngine.new(
    { datamodels: schema.files.map((f) => [f.path, f.content]) },
    onLog,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  return {
    engine,
    schema,
    logs,
    async close() {
      try {
        engine.free();
      } finally {
        await factory.close();
      }
    },
  };
}

// Engine errors arrive as objects ({ message, error_code, ... }) or Error instances.
export function engineErrorMessage(e) {
  if (e instanceof Error) return e.message;
  if (e && typeof e === "object") {
    const code = e.error_code ?? e.errorCode ?? e.meta?.error_code;
    const msg = e.message ?? e.meta?.message ?? JSON.stringify(e);
    return code ? `${code}: ${msg}` : msg;
  }
  return String(e);
}
