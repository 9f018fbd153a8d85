/** A report figure in Indonesian notation ("83,8"); null prints as "–". Pure. */
export const formatFigure = (v: number | null, digits = 1) => (v === null ? "–" : v.toLocaleString("id-ID", { maximumFractionDigits: digits }));
