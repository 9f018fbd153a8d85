// Synthetic data for scripts/bench-inbox.ts: 100,000 requests in one INSERT … SELECT, spread over
// ~7.6 years back from now (one every 40 minutes), with a realistic status mix. Every row the
// benchmark writes has an id starting with "bench-", which is how the script recognises its own data.
import type pg from "pg";

export const BENCH_PREFIX = "bench-";
export const BENCH_USERS = 5;

const FIRST = ["Maria", "Yohanes", "Agustinus", "Fransiska", "Petrus", "Kristina", "Yosef", "Theresia", "Emanuel", "Margaretha", "Stefanus", "Veronika", "Goreti", "Dominikus", "Aleksius", "Imelda"];
const LAST = ["Nggadas", "Ndun", "Manafe", "Lay", "Bria", "Kase", "Seran", "Tefa", "Fanggidae", "Amalo", "Nalle", "Dethan", "Bani", "Tallo", "Pello", "Benu", "Lerik", "Messakh", "Tanone", "Ratu"];

const sqlArray = (values: string[]) => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(",")}]`;

/** Rows of this database that the benchmark did not write (refuse to touch such a database). */
export async function foreignRowCount(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: string }>(
    `SELECT (SELECT count(*) FROM "InformationRequest" WHERE "id" NOT LIKE $1)
          + (SELECT count(*) FROM "User" WHERE "id" NOT LIKE $1) AS n`,
    [`${BENCH_PREFIX}%`],
  );
  return Number(rows[0].n);
}

export async function benchRowCount(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "InformationRequest" WHERE "id" LIKE $1`, [`${BENCH_PREFIX}%`]);
  return Number(rows[0].n);
}

/** Deletes earlier benchmark rows and inserts `count` fresh ones (plus BENCH_USERS officers). */
export async function seedBenchmark(client: pg.Client, count: number): Promise<void> {
  await client.query("BEGIN");
  await client.query(`DELETE FROM "InformationRequest" WHERE "id" LIKE $1`, [`${BENCH_PREFIX}%`]);
  await client.query(`DELETE FROM "User" WHERE "id" LIKE $1`, [`${BENCH_PREFIX}%`]);
  await client.query(`
    INSERT INTO "User" ("id", "username", "name", "passwordHash", "role", "updatedAt")
    SELECT '${BENCH_PREFIX}user-' || u, '${BENCH_PREFIX}user-' || u, 'Petugas Benchmark ' || u, '!', 'PETUGAS', now()
    FROM generate_series(1, ${BENCH_USERS}) AS u`);
  await client.query("SELECT setseed(0.42)");
  await client.query(
    `
    WITH base AS (
      SELECT g, now() - (g * interval '40 minutes') AS received, random() AS r
      FROM generate_series(1, $1::int) AS g
    ), typed AS (
      SELECT *, extract(year FROM received AT TIME ZONE 'Asia/Makassar')::int AS yr,
        CASE
          WHEN g <= 600 THEN (ARRAY['DITERIMA','DIPROSES','DIPROSES','MENUNGGU_KLARIFIKASI'])[1 + (g % 4)]
          WHEN r < 0.01 THEN 'DIPROSES'                       -- forgotten ones: overdue
          WHEN g <= 1500 THEN 'DIPUTUSKAN'
          ELSE 'SELESAI'
        END::"RequestStatus" AS st
      FROM base
    ), numbered AS (
      SELECT *, row_number() OVER (PARTITION BY yr ORDER BY received) AS seq FROM typed
    )
    INSERT INTO "InformationRequest" (
      "id", "registrationNumber", "year", "sequence", "trackingCode", "channel", "receivedAt", "clockStartDate",
      "applicantType", "applicantName", "address", "occupation", "informationRequested", "purpose",
      "obtainMethod", "copyDelivery", "consentAt", "status", "assignedToId", "noticeDueDate", "dueDate",
      "outcome", "decidedAt", "updatedAt")
    SELECT
      '${BENCH_PREFIX}' || g,
      lpad(seq::text, greatest(4, length(seq::text)), '0') || '/PMH/BENCH/' || yr,
      yr, seq, md5(g::text), 'PORTAL', received, (received AT TIME ZONE 'Asia/Makassar')::date,
      'PERORANGAN',
      (${sqlArray(FIRST)})[1 + (g % ${FIRST.length})] || ' ' || (${sqlArray(LAST)})[1 + ((g / 7) % ${LAST.length})],
      'Jl. Benchmark No. ' || (g % 200), 'Wiraswasta', 'Data benchmark nomor ' || g, 'Pengujian kinerja',
      'SALINAN_SOFTCOPY', 'EMAIL', received, st,
      CASE WHEN st <> 'SELESAI' THEN '${BENCH_PREFIX}user-' || (1 + g % ${BENCH_USERS}) END,
      CASE WHEN st <> 'MENUNGGU_KLARIFIKASI' THEN (received AT TIME ZONE 'Asia/Makassar')::date + 14 END,
      CASE WHEN st <> 'MENUNGGU_KLARIFIKASI' THEN (received AT TIME ZONE 'Asia/Makassar')::date + 14 END,
      CASE WHEN st IN ('DIPUTUSKAN','SELESAI') THEN 'DIKABULKAN_SELURUHNYA'::"RequestOutcome" END,
      CASE WHEN st IN ('DIPUTUSKAN','SELESAI') THEN received + interval '9 days' END,
      now()
    FROM numbered`,
    [count],
  );
  await client.query("COMMIT");
  await client.query(`ANALYZE "InformationRequest"`);
}
