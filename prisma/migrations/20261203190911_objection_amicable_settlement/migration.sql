-- AlterEnum
ALTER TYPE "ObjectionStatus" ADD VALUE 'DISELESAIKAN_MUSYAWARAH';

-- AlterTable
ALTER TABLE "Objection" ADD COLUMN     "settledAt" TIMESTAMP(3),
ADD COLUMN     "settledById" TEXT,
ADD COLUMN     "settledDate" DATE,
ADD COLUMN     "settlementTerms" TEXT;
