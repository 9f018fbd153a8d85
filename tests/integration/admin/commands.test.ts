import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import bcrypt from "bcryptjs";
import { db } from "@/lib/db";
import { calendarDateToUtcDate } from "@/lib/deadlines";
import { uniqueName } from "./fixtures";

// The operational commands exactly as documented (`npm run …`), run as child processes against the
// test database: proves tsx resolves "server-only" (--conditions=react-server) and the wiring works.
const run = promisify(execFile);
const npm = (args: string[], env: Record<string, string> = {}) =>
  run("npm", ["run", "-s", ...args], { cwd: process.cwd(), env: { ...process.env, ...env, DATABASE_URL: process.env.DATABASE_URL! }, timeout: 60_000 });

// Each command starts a tsx process (a few seconds on 2 cores).
jest.setTimeout(120_000);

afterAll(() => db.$disconnect());

describe("npm run holidays:import", () => {
  it("imports a file, reports what it did, and a rerun changes nothing", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "libur-"));
    const file = path.join(dir, "libur-2079.json");
    await writeFile(file, JSON.stringify({ sources: { "2079": "SKB uji perintah" }, holidays: [{ date: "2079-01-01", kind: "LIBUR_NASIONAL", name: "Tahun Baru 2079" }] }));

    const first = await npm(["holidays:import", "--", file]);
    expect(first.stdout).toMatch(/\+ ditambahkan\s+2079-01-01/);
    expect(first.stdout).toContain("Ringkasan: 1 ditambahkan, 0 diubah, 0 tidak berubah.");
    expect(first.stdout).toContain("Tahun ditandai lengkap: 2079.");
    expect(await db.holiday.findUnique({ where: { date: calendarDateToUtcDate("2079-01-01") } })).toMatchObject({ source: "SKB uji perintah" });

    const second = await npm(["holidays:import", "--", file]);
    expect(second.stdout).toContain("Ringkasan: 0 ditambahkan, 0 diubah, 1 tidak berubah.");
  });

  it("exits with an error message for a bad file", async () => {
    await expect(npm(["holidays:import", "--", "/tidak/ada.json"])).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("tidak dapat dibaca") });
  });
});

describe("npm run admin:create", () => {
  it("creates an ADMIN from ADMIN_PASSWORD and refuses a weak one", async () => {
    const username = uniqueName("adm");
    await expect(npm(["admin:create", "--", "--username", username, "--name", "Admin Uji"], { ADMIN_PASSWORD: "lemah" })).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("minimal 10 karakter"),
    });
    expect(await db.user.findUnique({ where: { username } })).toBeNull();

    const { stdout } = await npm(["admin:create", "--", "--username", username, "--name", "Admin Uji"], { ADMIN_PASSWORD: "Kupang-Sejahtera-2026" });
    expect(stdout).toContain(`Administrator "${username}"`);
    const user = await db.user.findUniqueOrThrow({ where: { username } });
    expect(user).toMatchObject({ role: "ADMIN", active: true, isDemo: false });
    expect(await bcrypt.compare("Kupang-Sejahtera-2026", user.passwordHash)).toBe(true);

    await expect(npm(["admin:create", "--", "--username", username, "--name", "Admin Uji"], { ADMIN_PASSWORD: "Kupang-Sejahtera-2026" })).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("--reset-password"),
    });
  });
});
