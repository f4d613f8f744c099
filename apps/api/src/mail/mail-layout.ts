import type { MailTexts } from "./mail-texts.js";

// One e-mail as a few plain blocks, rendered twice: as plain text and as simple HTML in which
// every text is escaped, so a measure title or a comment can never inject markup.

export type MailBlock =
  | { kind: "paragraph"; text: string }
  | { kind: "heading"; text: string }
  | { kind: "list"; items: readonly string[] }
  | { kind: "quote"; text: string };

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export interface MailFrame {
  recipientName: string;
  /** The portal's address (SAMSPILL_PUBLIC_URL); without it the e-mail has no links. */
  portalUrl?: string | undefined;
  /** Where in the portal the e-mail is about, e.g. `/reports/<id>`. */
  path?: string | undefined;
}

const SETTINGS_PATH = "/settings/notifications";

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function textOf(block: MailBlock): string {
  switch (block.kind) {
    case "paragraph":
    case "heading":
      return block.text;
    case "list":
      return block.items.map((item) => `- ${item}`).join("\n");
    case "quote":
      return block.text.split("\n").map((line) => `> ${line}`).join("\n");
  }
}

function htmlOf(block: MailBlock): string {
  const lines = (text: string) => escapeHtml(text).replace(/\n/g, "<br>");
  switch (block.kind) {
    case "paragraph":
      return `<p>${lines(block.text)}</p>`;
    case "heading":
      return `<h2 style="font-size:1.1em;margin:1.5em 0 0.5em">${lines(block.text)}</h2>`;
    case "list":
      return `<ul>${block.items.map((item) => `<li>${lines(item)}</li>`).join("")}</ul>`;
    case "quote":
      return `<blockquote style="margin:1em 0;padding-left:1em;border-left:4px solid #999">${lines(block.text)}</blockquote>`;
  }
}

/** Greeting, the blocks, a link to the portal when it is known, the signature and the footer. */
export function renderMail(texts: MailTexts, frame: MailFrame, subject: string, blocks: readonly MailBlock[]): RenderedMail {
  const { t } = texts;
  const link = frame.portalUrl && frame.path ? `${frame.portalUrl}${frame.path}` : undefined;
  const settings = frame.portalUrl ? `${frame.portalUrl}${SETTINGS_PATH}` : undefined;
  const greeting = t("greeting", { name: frame.recipientName });
  const footer = settings ? t("footerLink", { url: settings }) : t("footer");

  const text = [
    greeting,
    ...blocks.map(textOf),
    ...(link ? [t("openLink", { url: link })] : []),
    t("signature"),
    `-- \n${footer}`,
  ].join("\n\n");

  const linkHtml = (url: string) => `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
  const open = link ? `<p>${escapeHtml(t("openLink", { url: "\u0000" })).replace("\u0000", linkHtml(link))}</p>` : "";
  const footerHtml = settings
    ? escapeHtml(t("footerLink", { url: "\u0000" })).replace("\u0000", linkHtml(settings))
    : escapeHtml(footer);
  const html = [
    "<!doctype html>",
    `<html lang="${texts.language}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="font-family:Arial,Helvetica,sans-serif;line-height:1.5;max-width:40em;color:#1e2b3c">`,
    `<p>${escapeHtml(greeting)}</p>`,
    ...blocks.map(htmlOf),
    open,
    `<p>${escapeHtml(t("signature")).replace(/\n/g, "<br>")}</p>`,
    `<hr><p style="font-size:0.85em;color:#555">${footerHtml}</p>`,
    "</body></html>",
  ].join("\n");
  return { subject, text, html };
}
