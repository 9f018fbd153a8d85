import "server-only";
import { db, type Tx } from "@/lib/db";
import type { StaffUser } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/audit/write-audit";
import { loadClock } from "@/lib/deadlines/calendar-store";
import { zonedDateTime } from "@/lib/deadlines/time-zone";
import { discardUpload, recordUpload, storeUpload, type StoredUpload } from "@/lib/files/save-upload";
import { isChosenFile, type FileLike } from "@/lib/files/limits";
import type { RequestChannel } from "@/lib/generated/prisma/enums";
import { getAgencyProfile } from "@/lib/settings/agency";
import { CHANNEL_LABELS } from "@/lib/requests/labels";
import { normalizeNik } from "@/lib/requests/nik";
import { formatRegistrationNumber, takeNextSequence } from "@/lib/requests/numbering";
import { deadlineColumns, deadlinesOfRequest } from "@/lib/requests/request-deadlines";
import type { RequestFormInput } from "@/lib/requests/schema";
import { submissionKeyFor } from "@/lib/requests/submission-fingerprint";
import { generateTrackingCode } from "@/lib/requests/tracking-code";
import { notifyRequestReceived } from "@/lib/notifications/messages"; // issue 3
import { isUniqueViolation } from "@/lib/db-errors";

export type CreateRequestOptions = {
  channel: RequestChannel;
  receivedAt: Date;
  /** The officer who registered an offline request; null for the public portal. */
  actor: StaffUser | null;
  /** Idempotency key from the form: a replay (same key, same content) returns the request already created. */
  submissionKey?: string | null;
  powerOfAttorney?: FileLike | File | null;
};

export type CreatedRequest = { id: string; registrationNumber: string; trackingCode: string; created: boolean };

const SELECT_CREATED = { id: true, registrationNumber: true, trackingCode: true } as const;

/** The request already saved from this form instance with this very content (a replay), if any. */
export async function findReplayedRequest(formKey: string, input: RequestFormInput): Promise<CreatedRequest | null> {
  return findRequestBySubmissionKey(submissionKeyFor(formKey, input));
}

async function findRequestBySubmissionKey(submissionKey: string): Promise<CreatedRequest | null> {
  const row = await db.informationRequest.findUnique({ where: { submissionKey }, select: SELECT_CREATED });
  return row ? { ...row, created: false } : null;
}

const orNull = (value: string | undefined) => (value ? value : null);


/**
 * Creates an information request from validated form input: issues the yearly registration number
 * (gapless, inside the transaction), a secret tracking code and the legal deadlines, stores the power
 * of attorney, and records the "DITERIMA" event (+ an audit entry when an officer registered it).
 * Throws UploadRejectedError (lib/files) when the power of attorney is refused.
 */
export async function createInformationRequest(input: RequestFormInput, options: CreateRequestOptions): Promise<CreatedRequest> {
  const submissionKey = options.submissionKey ? submissionKeyFor(options.submissionKey, input) : null;
  if (submissionKey) {
    const existing = await findRequestBySubmissionKey(submissionKey);
    if (existing) return existing;
  }

  const [clock, agency] = await Promise.all([loadClock(), getAgencyProfile()]);
  const deadlines = deadlineColumns(deadlinesOfRequest({ receivedAt: options.receivedAt, extendedAt: null, pauses: [] }, clock));
  // The register year is the year of receipt in the office's time zone.
  const year = Number(zonedDateTime(options.receivedAt, clock.settings.timeZone).date.slice(0, 4));

  const file = input.viaProxy && isChosenFile(options.powerOfAttorney) ? options.powerOfAttorney : null;
  const stored: StoredUpload | null = file ? await storeUpload(file) : null;
  try {
    return await db.$transaction(
      (tx) => insertRequest(tx, { input, options, submissionKey, deadlines, year, agencyCode: agency.registrationCode, stored }),
      { maxWait: 15_000, timeout: 30_000 },
    );
  } catch (error) {
    await discardUpload(stored);
    // Two submissions with the same key raced past the check above: the loser returns the winner's request.
    if (submissionKey && isUniqueViolation(error)) {
      const existing = await findRequestBySubmissionKey(submissionKey);
      if (existing) return existing;
    }
    throw error;
  }
}

type InsertArgs = {
  input: RequestFormInput;
  options: CreateRequestOptions;
  submissionKey: string | null;
  deadlines: ReturnType<typeof deadlineColumns>;
  year: number;
  agencyCode: string;
  stored: StoredUpload | null;
};

async function insertRequest(tx: Tx, args: InsertArgs): Promise<CreatedRequest> {
  const { input, options, stored } = args;
  const actorId = options.actor?.id ?? null;
  // The number is taken right before the insert, so its row lock is held only for the insert and commit.
  const powerOfAttorneyFileId = stored ? await recordUpload(tx, stored) : null;
  const sequence = await takeNextSequence(tx, "PERMOHONAN", args.year);
  const isLegalEntity = input.applicantType === "BADAN_HUKUM";

  const request = await tx.informationRequest.create({
    data: {
      registrationNumber: formatRegistrationNumber("PERMOHONAN", args.agencyCode, args.year, sequence),
      year: args.year,
      sequence,
      trackingCode: generateTrackingCode(),
      submissionKey: args.submissionKey,
      channel: options.channel,
      receivedAt: options.receivedAt,
      ...args.deadlines,
      applicantType: input.applicantType,
      applicantName: input.applicantName,
      nik: isLegalEntity ? null : normalizeNik(input.nik),
      legalEntityDecree: isLegalEntity ? input.legalEntityDecree : null,
      address: input.address,
      phone: orNull(input.phone),
      email: orNull(input.email),
      occupation: input.occupation,
      informationRequested: input.informationRequested,
      purpose: input.purpose,
      obtainMethod: input.obtainMethod,
      copyDelivery: input.copyDelivery,
      viaProxy: input.viaProxy,
      proxyName: input.viaProxy ? orNull(input.proxyName) : null,
      powerOfAttorneyFileId,
      consentAt: new Date(),
      createdById: actorId,
      events: {
        create: {
          type: "DITERIMA",
          note: `Permohonan diterima melalui ${CHANNEL_LABELS[options.channel]}.`,
          data: { channel: options.channel },
          actorId,
          at: options.receivedAt,
        },
      },
    },
    select: SELECT_CREATED,
  });

  await notifyRequestReceived(tx, { ...request, email: orNull(input.email) }); // issue 3
  if (options.actor) {
    await writeAudit(tx, options.actor, {
      action: "request.register",
      entityType: "InformationRequest",
      entityId: request.id,
      after: { registrationNumber: request.registrationNumber, channel: options.channel, receivedAt: options.receivedAt },
    });
  }
  return { ...request, created: true };
}
