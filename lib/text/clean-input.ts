/**
 * Removes control characters that PostgreSQL text cannot hold (NUL) or that no form field needs
 * (other C0 controls), keeping tab and line breaks. Applied where raw browser input enters the server.
 */
export function cleanInput(value: string): string {
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "");
}
