// Prisma's unique-constraint error (code P2002), without depending on the error class identity
// (the generated client and a transaction's client may hand back different class instances).
export const isUniqueViolation = (error: unknown): boolean => (error as { code?: string } | null)?.code === "P2002";
