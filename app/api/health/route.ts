import { NextResponse } from "next/server";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

/** Liveness for load balancers and the test runner: the app answers, and so does PostgreSQL. */
export async function GET() {
  const started = Date.now();
  try {
    const [row] = await db.$queryRaw<{ version: string }[]>`SELECT current_setting('server_version') AS version`;
    const migrations = await db.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) AS count FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`;
    return NextResponse.json({
      status: "ok",
      app: { status: "ok", version: process.env.npm_package_version ?? "0.1.0" },
      database: {
        status: "ok",
        serverVersion: row.version,
        migrationsApplied: Number(migrations[0]?.count ?? 0),
        latencyMs: Date.now() - started,
      },
    });
  } catch {
    return NextResponse.json(
      { status: "degraded", app: { status: "ok" }, database: { status: "unavailable" } },
      { status: 503 },
    );
  }
}
