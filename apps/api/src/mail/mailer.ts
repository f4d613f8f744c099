import nodemailer from "nodemailer";

// Sending through the SMTP server from configuration (SAMSPILL_SMTP_URL, e.g.
// smtps://user:password@smtp.example.org:465 or smtp://relay.example.org:587).

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  language: string;
}

export interface Mailer {
  send: (mail: OutgoingMail) => Promise<void>;
  close: () => void;
}

export interface MailerConfig {
  smtpUrl: string | undefined;
  from: string;
}

/** A mailer for the configured server, or undefined when none is configured (messages stay in the outbox). */
export function createMailer(config: MailerConfig): Mailer | undefined {
  if (!config.smtpUrl) return undefined;
  // A stalled server must fail this try (it is retried later), not hold the job forever.
  const transport = nodemailer.createTransport({
    url: config.smtpUrl,
    // Reuse connections: a batch of reminders is one session, not one handshake per e-mail.
    pool: true,
    maxConnections: 2,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  return {
    send: async (mail) => {
      await transport.sendMail({
        from: config.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: { "Content-Language": mail.language },
      });
    },
    close: () => transport.close(),
  };
}
