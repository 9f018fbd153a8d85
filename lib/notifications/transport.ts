import "server-only";
import nodemailer from "nodemailer";
import type { MailTransport } from "./deliver";

/**
 * SMTP from the environment: SMTP_URL (smtp://user:pass@host:587 or smtps://…) and SMTP_FROM.
 * Without SMTP_URL nothing is sent: messages wait in the outbox, visible on the staff outbox page.
 */
export function smtpTransportFromEnv(): { transport: MailTransport; from: string } | null {
  const url = process.env.SMTP_URL;
  if (!url) return null;
  return { transport: nodemailer.createTransport(url), from: process.env.SMTP_FROM ?? "PPID <no-reply@localhost>" };
}
