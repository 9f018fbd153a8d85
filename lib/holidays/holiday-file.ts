import { readFile } from "node:fs/promises";
import { RuleError, parseOrRefuse } from "@/lib/rule-error";
import { holidayFileSchema, type HolidayFile } from "@/lib/holidays/schema";

/** Reads and validates a holiday data file; RuleError with a Bahasa message on any problem. */
export async function readHolidayFile(path: string): Promise<HolidayFile> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new RuleError(`Berkas ${path} tidak dapat dibaca.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new RuleError(`Berkas ${path} bukan JSON yang sah.`);
  }
  return parseOrRefuse(holidayFileSchema, json);
}
