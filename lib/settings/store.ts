import "server-only";
import type { z } from "zod";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Reads a JSON setting, falling back to defaults for missing or outdated values (never throws on bad data). */
export async function readSetting<T>(key: string, schema: z.ZodType<T>, defaults: T, client: Tx | typeof db = db): Promise<T> {
  const row = await client.setting.findUnique({ where: { key }, select: { value: true } });
  if (!row) return defaults;
  const merged = { ...(defaults as object), ...(row.value as object) };
  const parsed = schema.safeParse(merged);
  return parsed.success ? parsed.data : defaults;
}

export async function writeSetting(tx: Tx, key: string, value: unknown, userId: string | null): Promise<void> {
  const json = JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
  await tx.setting.upsert({
    where: { key },
    create: { key, value: json, updatedById: userId },
    update: { value: json, updatedById: userId },
  });
}
