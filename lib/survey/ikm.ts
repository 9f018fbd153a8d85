// Indeks Kepuasan Masyarakat (PermenPANRB 14/2017, domain README §6). Pure.
// NRR per unsur = sum of answers / respondents who answered it; weighted NRR = NRR × 1/9 exactly;
// IKM = Σ weighted NRR × 25. Rounding to 2 decimals happens once, at the end, and is done on exact
// fractions (BigInt) so a value such as 88.3049… can never drift onto 88.31 through float error.
import { UNSUR_CODES, type UnsurCode } from "./unsur";

export type SurveyAnswers = Partial<Record<UnsurCode, number | null>>;

export type Mutu = "A" | "B" | "C" | "D";
export const MUTU_LABELS: Record<Mutu, string> = { A: "Sangat Baik", B: "Baik", C: "Kurang Baik", D: "Tidak Baik" };

export type UnsurResult = { code: UnsurCode; answered: number; sum: number; nrr: number | null; weighted: number | null };

export type IkmResult = {
  respondents: number;
  unsur: UnsurResult[];
  /** Unrounded IKM (for display of the exact arithmetic), null when some unsur has no answer. */
  exact: number | null;
  /** IKM rounded to 2 decimals, the value that is published and classified. */
  ikm: number | null;
  mutu: Mutu | null;
};

function validScore(value: number | null | undefined): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 4;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

/** Σ sum_i/answered_i as an exact fraction. */
function exactNrrSum(rows: UnsurResult[]): { num: bigint; den: bigint } {
  let num = 0n;
  let den = 1n;
  for (const row of rows) {
    const n = BigInt(row.answered);
    num = num * n + BigInt(row.sum) * den;
    den = den * n;
    const g = gcd(num, den);
    if (g > 1n) { num /= g; den /= g; }
  }
  return { num, den };
}

/** IKM × 100 rounded half up: round(2500 × num / (9 × den)). */
function roundedIkm(num: bigint, den: bigint): number {
  const numerator = 2500n * num;
  const denominator = 9n * den;
  const hundredths = (2n * numerator + denominator) / (2n * denominator);
  return Number(hundredths) / 100;
}

export function mutuOf(roundedIkmValue: number): Mutu {
  if (roundedIkmValue < 65) return "D";
  if (roundedIkmValue <= 76.6) return "C";
  if (roundedIkmValue <= 88.3) return "B";
  return "A";
}

export function computeIkm(responses: readonly SurveyAnswers[]): IkmResult {
  const unsur: UnsurResult[] = UNSUR_CODES.map((code) => {
    let answered = 0;
    let sum = 0;
    for (const response of responses) {
      const value = response[code];
      if (validScore(value)) { answered++; sum += value; }
    }
    const nrr = answered > 0 ? sum / answered : null;
    return { code, answered, sum, nrr, weighted: nrr === null ? null : nrr / 9 };
  });
  const complete = unsur.every((row) => row.answered > 0);
  if (!complete) return { respondents: responses.length, unsur, exact: null, ikm: null, mutu: null };
  const { num, den } = exactNrrSum(unsur);
  const ikm = roundedIkm(num, den);
  const exact = (Number(num) / Number(den)) * (25 / 9);
  return { respondents: responses.length, unsur, exact, ikm, mutu: mutuOf(ikm) };
}

/** An unsur counts as weak (needs a rencana tindak lanjut) when its own converted score is below B. */
export function weakUnsur(result: IkmResult): UnsurCode[] {
  return result.unsur
    .filter((row) => row.nrr !== null && ["C", "D"].includes(mutuOf(Math.round(row.nrr * 2500) / 100)))
    .map((row) => row.code);
}
