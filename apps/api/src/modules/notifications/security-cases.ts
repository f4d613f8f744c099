import { enqueueOutboxMessages, ensureReminderSetting } from "@samspill/db";
import { getTestDb, uniqueEmail } from "@samspill/db/testing";
import type { SecurityCase } from "../../security/security-case.js";

// Notices: everyone signed in reads and changes their own settings; the secretariat its council's
// reminder lead time; only the admin reads the outbox (e-mails carry other people's work).

const OUTBOX = { kind: "user" } as const;

export const securityCases: SecurityCase[] = [
  { path: "notifications.getPreferences", arrange: async () => ({ input: undefined }) },
  {
    path: "notifications.updatePreferences",
    // Each actor changes only their own row, once per run, so version 1 is theirs to change.
    arrange: async () => ({ input: { version: 1, reminders: false, reportReviews: true, comments: true, digest: false } }),
  },
  {
    path: "notifications.getReminderSetting",
    arrange: async (world) => ({
      input: { councilId: world.council.id },
      resource: { kind: "status_report", councilId: world.council.id, municipalityId: null, countyId: world.county.id, published: false },
    }),
  },
  {
    path: "notifications.updateReminderSetting",
    arrange: async (world) => {
      const setting = await ensureReminderSetting(await getTestDb(), world.council.id);
      return {
        input: { councilId: world.council.id, version: setting.version, daysBefore: 10 },
        resource: { kind: "status_report", councilId: world.council.id, municipalityId: null, countyId: world.county.id, published: false },
      };
    },
  },
  { path: "notifications.listOutbox", arrange: async () => ({ input: { limit: 5 }, resource: OUTBOX }) },
  {
    path: "notifications.getOutboxMessage",
    arrange: async () => {
      const [message] = await enqueueOutboxMessages(await getTestDb(), [{
        kind: "comment", recipientEmail: uniqueEmail(), language: "nb", subject: "Ny kommentar", bodyText: "Tekst", bodyHtml: "<p>Tekst</p>",
      }]);
      return { input: { id: message!.id }, resource: OUTBOX };
    },
  },
];
