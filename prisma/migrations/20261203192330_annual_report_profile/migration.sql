-- CreateTable
CREATE TABLE "AnnualReportProfile" (
    "year" INTEGER NOT NULL,
    "policy" TEXT NOT NULL DEFAULT '',
    "regulations" JSONB NOT NULL DEFAULT '[]',
    "facilities" JSONB NOT NULL DEFAULT '[]',
    "staffNotes" TEXT NOT NULL DEFAULT '',
    "budgetAmount" BIGINT,
    "budgetSource" TEXT NOT NULL DEFAULT '',
    "budgetRealisation" BIGINT,
    "budgetNotes" TEXT NOT NULL DEFAULT '',
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AnnualReportProfile_pkey" PRIMARY KEY ("year")
);
