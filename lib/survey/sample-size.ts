// Krejcie & Morgan (1970) sample size: s = χ²NP(1−P) / (d²(N−1) + χ²P(1−P)) with χ² = 3.841
// (1 degree of freedom, 95 %), P = 0.5, d = 0.05. Rounded to the nearest whole respondent, which
// reproduces their published table (100 → 80, 1 000 → 278, 10 000 → 370, 1 000 000 → 384).
const CHI_SQUARE = 3.841;
const P = 0.5;
const D = 0.05;

export function krejcieMorganSample(population: number): number {
  if (!Number.isFinite(population) || population <= 0) return 0;
  const n = Math.floor(population);
  const top = CHI_SQUARE * n * P * (1 - P);
  const bottom = D * D * (n - 1) + CHI_SQUARE * P * (1 - P);
  return Math.min(n, Math.round(top / bottom));
}

export type SampleAdequacy = { population: number; needed: number; respondents: number; adequate: boolean; message: string };

export function sampleAdequacy(population: number, respondents: number): SampleAdequacy {
  const needed = krejcieMorganSample(population);
  // With no service users there is nothing to sample: "0 of 0, adequate" would read as a pass.
  if (needed === 0) {
    return { population, needed, respondents, adequate: false, message: `Belum ada pengguna layanan tercatat pada periode ini; kecukupan sampel belum dapat dinilai (${respondents} responden).` };
  }
  const adequate = respondents >= needed;
  const message = adequate
    ? `Sampel memadai: ${respondents} responden dari ${needed} yang diperlukan untuk ${population} pengguna layanan.`
    : `Sampel belum memadai: ${respondents} responden, diperlukan ${needed} untuk ${population} pengguna layanan (Krejcie–Morgan).`;
  return { population, needed, respondents, adequate, message };
}
