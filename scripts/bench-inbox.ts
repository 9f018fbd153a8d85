// Inbox benchmark: `DATABASE_URL=postgresql://…/scratch npx tsx scripts/bench-inbox.ts [--force] [--reseed] [--count N]`
// Fills a scratch database with synthetic requests (100,000 by default), runs the staff inbox's own
// queries (lib/requests/inbox-query.ts) and prints timings and the indexes PostgreSQL used.
// It refuses a database holding anything it did not write itself, unless --force.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createHolidayCalendar, DEFAULT_CLOCK_SETTINGS } from "@/lib/deadlines";
import { DEFAULT_INBOX_FILTER, type InboxFilter } from "@/lib/requests/inbox-filters";
import { findInboxPage, inboxDates } from "@/lib/requests/inbox-query";
import { BENCH_PREFIX, benchRowCount, foreignRowCount, seedBenchmark } from "./lib/bench-seed";
import { explainSummary } from "./lib/bench-explain";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const countArg = args.indexOf("--count");
const COUNT = countArg >= 0 ? Number(args[countArg + 1]) : 100_000;
const RUNS = 5;

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("Set DATABASE_URL to a scratch database (migrated with `npm run db:migrate`).");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const foreign = await foreignRowCount(client);
    if (foreign > 0 && !flag("--force")) {
      throw new Error(`This database holds ${foreign} request/user rows the benchmark did not write. Use a scratch database, or --force.`);
    }
    if (flag("--reseed") || (await benchRowCount(client)) !== COUNT) {
      const started = performance.now();
      await seedBenchmark(client, COUNT);
      console.log(`Seeded ${COUNT} synthetic requests in ${Math.round(performance.now() - started)} ms.`);
    } else {
      console.log(`Reusing ${COUNT} synthetic requests (--reseed to recreate).`);
    }
    await runQueries(url, client);
  } finally {
    await client.end();
  }
}

async function runQueries(url: string, client: pg.Client) {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), log: [{ level: "query", emit: "event" }] });
  const captured: { query: string; params: unknown[] }[] = [];
  prisma.$on("query", (e) => captured.push({ query: e.query, params: JSON.parse(e.params) as unknown[] }));
  // Synthetic data has no holidays: the clock counts weekdays only.
  const dates = inboxDates({ calendar: createHolidayCalendar([], []), settings: DEFAULT_CLOCK_SETTINGS }, new Date());
  const userId = `${BENCH_PREFIX}user-1`;
  const scenarios: [string, Partial<InboxFilter>][] = [
    ["default (open, page 1)", {}],
    ["overdue", { due: "terlambat" }],
    ["due within 3 working days", { due: "segera" }],
    ["assigned to me", { mine: true }],
    ["search by name 'Goreti Nggadas', all statuses", { status: "semua", q: "Goreti Nggadas" }],
    ["search by a name nobody has (\"Yohanes Ndun'a\")", { status: "semua", q: "Yohanes Ndun'a" }],
    ["search by number fragment '0042/PMH'", { status: "semua", q: "0042/PMH" }],
    ["search by a complete number", { status: "semua", q: "0042/PMH/BENCH/2025" }],
    ["all statuses, last page", { status: "semua", page: Number.MAX_SAFE_INTEGER }],
  ];
  console.log(`Today ${dates.today}, due-soon limit ${dates.soonLimit}; ${RUNS} timed runs each after one warm-up.\n`);
  try {
    for (const [label, filter] of scenarios) {
      const run = () => findInboxPage(prisma, { ...DEFAULT_INBOX_FILTER, ...filter }, userId, dates);
      const first = await run();
      const timings: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        captured.length = 0;
        const started = performance.now();
        await run();
        timings.push(performance.now() - started);
      }
      timings.sort((a, b) => a - b);
      console.log(`■ ${label}: ${first.total} rows, page ${first.page}/${first.pageCount}; median ${timings[RUNS >> 1].toFixed(1)} ms, max ${timings[RUNS - 1].toFixed(1)} ms`);
      for (const { query, params } of captured) console.log(`    ${await explainSummary(client, query, params)}`);
    }
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
