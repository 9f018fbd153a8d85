/** Query string as Next.js hands it to a page: a key repeated in the URL arrives as an array. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a query key, so `?periode=a&periode=b` reads as `a` instead of crashing on an array. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Same, as text: a missing key reads as "". */
export function paramText(value: string | string[] | undefined): string {
  return firstParam(value) ?? "";
}
