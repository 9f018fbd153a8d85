/** Text fields of a form as strings, list fields (checkbox groups) joined by "|" for echoing back to ActionForm. */
export function echoValues(formData: FormData, names: readonly string[], listNames: readonly string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of names) {
    const value = formData.get(name);
    values[name] = typeof value === "string" ? value : "";
  }
  for (const name of listNames) values[name] = formData.getAll(name).filter((v) => typeof v === "string").join("|");
  return values;
}

/** Field value for a zod schema: list fields as string arrays. */
export function listOf(formData: FormData, name: string): string[] {
  return formData.getAll(name).filter((v): v is string => typeof v === "string");
}
