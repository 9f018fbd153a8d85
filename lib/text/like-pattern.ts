/** Escapes LIKE/ILIKE wildcards (and the escape character) so user text matches literally. */
export function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
