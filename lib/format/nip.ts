/**
 * A civil servant's NIP as it is printed on Indonesian documents: birth date, appointment month, sex,
 * sequence ("19690421 199503 1 002"). Stored without spaces; anything not 18 digits prints as typed.
 */
export function formatNip(nip: string): string {
  const m = /^(\d{8})(\d{6})(\d)(\d{3})$/.exec(nip.replace(/\s+/g, ""));
  return m ? `${m[1]} ${m[2]} ${m[3]} ${m[4]}` : nip;
}
