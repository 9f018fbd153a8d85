import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

// One client per process. scripts/start.mjs starts the embedded PostgreSQL (or uses DATABASE_URL)
// and applies migrations before Next.js serves, so here DATABASE_URL is always set.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

// No DATABASE_URL (e.g. while `next build` collects page modules): connect lazily to an address that
// fails loudly on first use instead of throwing at import time.
const MISSING_URL = "postgresql://database-url-not-set.invalid:5432/none";

function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL ?? MISSING_URL;
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10 }) });
}

export const db: PrismaClient = globalForPrisma.prisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
