import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";
import { db } from "@/lib/db";
import { deliverDueMessages, MAX_ATTEMPTS } from "@/lib/notifications/deliver";
import { enqueueMessages } from "@/lib/notifications/enqueue";
import { enqueueDeadlineReminders } from "@/lib/notifications/reminders";
import { createComplaint } from "@/lib/complaints/create-complaint";
import { complaintSchema } from "@/lib/complaints/schema";
import { makeStaff } from "../admin/fixtures";
import { newRequest, wita } from "../requests/staff-fixtures";

// A real SMTP server in the test process: every message that reaches it is recorded by its id header.
type Received = { to: string[]; id: string; subject: string };
const received: Received[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onRcptTo(address, _session, callback) {
    if (address.address.startsWith("bounce")) return callback(new Error("550 Mailbox unavailable"));
    callback();
  },
  onData(stream, session, callback) {
    let raw = "";
    stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
    stream.on("end", () => {
      received.push({
        to: session.envelope.rcptTo.map((r) => r.address),
        id: /^X-PPID-Message: (.+)$/im.exec(raw)?.[1].trim() ?? "",
        subject: /^Subject: (.+)$/m.exec(raw)?.[1].trim() ?? "",
      });
      callback();
    });
  },
});
let transport: nodemailer.Transporter;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  transport = nodemailer.createTransport({ host: "127.0.0.1", port, secure: false, ignoreTLS: true });
});
afterAll(async () => {
  transport.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.$disconnect();
});

const tag = () => randomUUID().slice(0, 8);
const FROM = "PPID Uji <ppid@example.id>";
// Messages of other test files may sit in the shared outbox; this file deletes what it does not own first.
async function onlyMine(prefix: string) {
  await db.outboxMessage.deleteMany({ where: { NOT: { dedupeKey: { startsWith: prefix } }, status: { in: ["PENDING", "SENDING"] } } });
}

it("each queued message reaches the SMTP server exactly once, even with two instances delivering at once", async () => {
  const prefix = `t-${tag()}`;
  const messages = Array.from({ length: 12 }, (_, i) => ({ dedupeKey: `${prefix}:${i}`, kind: "test", to: `warga${i}@example.id`, subject: `Uji ${i}`, body: "Isi" }));
  expect(await enqueueMessages(db, messages)).toBe(12);
  expect(await enqueueMessages(db, messages)).toBe(0); // enqueueing again changes nothing
  await onlyMine(prefix);

  const now = new Date(Date.now() + 1000);
  const [a, b] = await Promise.all([deliverDueMessages(transport, FROM, now, 50), deliverDueMessages(transport, FROM, now, 50)]);
  expect(a.sent + b.sent).toBe(12);
  await deliverDueMessages(transport, FROM, now, 50); // a later run finds nothing left to send
  const mine = received.filter((r) => r.id.startsWith(prefix));
  expect(mine).toHaveLength(12);
  expect(new Set(mine.map((r) => r.id)).size).toBe(12);
  expect(await db.outboxMessage.count({ where: { dedupeKey: { startsWith: prefix }, status: "SENT" } })).toBe(12);
});

it("a refused message is retried with backoff, then marked FAILED with the server's answer", async () => {
  const prefix = `b-${tag()}`;
  await enqueueMessages(db, [{ dedupeKey: `${prefix}:1`, kind: "test", to: "bounce@example.id", subject: "Gagal", body: "Isi" }]);
  await onlyMine(prefix);
  let now = new Date(Date.now() + 1000);
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    expect((await deliverDueMessages(transport, FROM, now)).failed).toBe(1);
    expect((await deliverDueMessages(transport, FROM, now)).claimed).toBe(0); // not before the backoff
    now = new Date(now.getTime() + 2 ** attempt * 60_000 + 1000);
  }
  const row = await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: `${prefix}:1` } });
  expect(row).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS });
  expect(row.lastError).toMatch(/550|Mailbox unavailable/);
});

it("events queue their e-mails once: a new complaint tells the PPID; deadline reminders are queued once per deadline", async () => {
  const ppid = await makeStaff("PPID");
  const email = `ppid-${tag()}@example.id`;
  await db.user.update({ where: { id: ppid.id }, data: { email } });
  const complaint = await createComplaint(complaintSchema.parse({ category: "LAINNYA", description: "Ruang tunggu layanan informasi terlalu panas.", anonymous: "on" }), []);
  expect(await db.outboxMessage.count({ where: { dedupeKey: `complaint-new:${complaint.id}:${email}` } })).toBe(1);

  // Received Mon 2055-03-01 (no holiday data): day 10 = Mon 03-15; on Thu 03-11 it is due within 3 working days.
  const requestId = await newRequest(wita("2055-03-01"));
  await enqueueDeadlineReminders(wita("2055-03-11"));
  await enqueueDeadlineReminders(wita("2055-03-11")); // a second instance, same minute
  await enqueueDeadlineReminders(wita("2055-03-12"));
  expect(await db.outboxMessage.count({ where: { requestId, kind: "due-soon", toAddress: email } })).toBe(1);
  await enqueueDeadlineReminders(wita("2055-03-16"));
  expect(await db.outboxMessage.count({ where: { requestId, kind: "overdue", toAddress: email } })).toBe(1);
  await enqueueDeadlineReminders(wita("2055-03-17"));
  expect(await db.outboxMessage.count({ where: { requestId, kind: "overdue", toAddress: email } })).toBe(1);
});
