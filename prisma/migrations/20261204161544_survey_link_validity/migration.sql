-- One-time survey links expire (lib/survey/link-validity.ts): each link keeps the last office day
-- it can be used. Links made before this migration get the default window of 30 calendar days from
-- the day their request was completed (or, lacking that, the day the link was made), in the office
-- time zone of the clock setting (default Asia/Makassar). Timestamps are stored as UTC.

-- AlterTable
ALTER TABLE "SurveyInvitation" ADD COLUMN     "validUntil" DATE;

UPDATE "SurveyInvitation" AS i
SET "validUntil" = ((COALESCE(r."closedAt", i."createdAt") AT TIME ZONE 'UTC') AT TIME ZONE COALESCE(
      (SELECT s."value"->>'timeZone' FROM "Setting" AS s WHERE s."key" = 'clock'), 'Asia/Makassar'))::date + 30
FROM "InformationRequest" AS r
WHERE r."id" = i."requestId";

ALTER TABLE "SurveyInvitation" ALTER COLUMN "validUntil" SET NOT NULL;
