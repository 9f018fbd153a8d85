/**
 * Removes control characters that PostgreSQL text cannot hold (NUL) or that no form field needs
 * (other C0 controls), keeping tab and line breaks. Also removes the bidirectional overrides and
 * isolates (U+202A–202E, U+2066–2069): typed into a note they reverse how the text is shown to the
 * next reader, and no Indonesian form text needs them. Applied where raw browser input enters the server.
 */
export function cleanInput(value: string): string {
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, "");
}
