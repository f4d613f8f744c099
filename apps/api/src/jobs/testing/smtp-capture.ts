import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

// A real SMTP server for tests, on a free port of this machine, that keeps what it receives and
// decodes just enough MIME (encoded-word headers, quoted-printable and base64 parts) to read it.

export interface ReceivedMail {
  to: string[];
  from: string;
  subject: string;
  language: string | undefined;
  text: string;
  html: string;
}

export interface SmtpCapture {
  url: string;
  received: ReceivedMail[];
  /** Mails received for one address. */
  to: (email: string) => ReceivedMail[];
  close: () => Promise<void>;
}

function decodeBytes(encoding: string, body: string): Buffer {
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64");
  if (encoding === "quoted-printable") {
    const joined = body.replace(/=\r?\n/g, "");
    const bytes: number[] = [];
    for (let index = 0; index < joined.length; index += 1) {
      const char = joined[index]!;
      if (char === "=" && /^[0-9A-F]{2}$/i.test(joined.slice(index + 1, index + 3))) {
        bytes.push(parseInt(joined.slice(index + 1, index + 3), 16));
        index += 2;
      } else {
        bytes.push(...Buffer.from(char, "utf8"));
      }
    }
    return Buffer.from(bytes);
  }
  return Buffer.from(body, "utf8");
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_match, kind: string, text: string) =>
      kind.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString("utf8")
        : decodeBytes("quoted-printable", text.replace(/_/g, " ")).toString("utf8"));
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function split(raw: string): { headers: Map<string, string>; body: string } {
  const at = raw.search(/\r?\n\r?\n/);
  return { headers: parseHeaders(raw.slice(0, at)), body: raw.slice(at).replace(/^\r?\n\r?\n/, "") };
}

function parse(raw: string, to: string[], from: string): ReceivedMail {
  const { headers, body } = split(raw);
  const parts: Record<string, string> = {};
  const boundary = /boundary="?([^";]+)"?/.exec(headers.get("content-type") ?? "")?.[1];
  const sections = boundary ? body.split(`--${boundary}`).slice(1, -1) : [raw];
  for (const section of sections) {
    const part = split(section.replace(/^\r?\n/, ""));
    const type = (part.headers.get("content-type") ?? "text/plain").split(";")[0]!.trim();
    parts[type] = decodeBytes(part.headers.get("content-transfer-encoding") ?? "7bit", part.body).toString("utf8").trim();
  }
  return {
    to, from, subject: decodeWords(headers.get("subject") ?? ""), language: headers.get("content-language"),
    text: parts["text/plain"] ?? "", html: parts["text/html"] ?? "",
  };
}

/** Starts the server; `rejectTo` makes it refuse mail for those addresses (a failing send). */
export async function startSmtpCapture(options: { rejectTo?: readonly string[]; port?: number } = {}): Promise<SmtpCapture> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    disableReverseLookup: true,
    onRcptTo(address, _session, callback) {
      if (options.rejectTo?.includes(address.address)) return callback(new Error("550 mailbox unavailable"));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const to = session.envelope.rcptTo.map((rcpt) => rcpt.address);
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
        received.push(parse(Buffer.concat(chunks).toString("utf8"), to, from));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    to: (email) => received.filter((mail) => mail.to.includes(email)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
