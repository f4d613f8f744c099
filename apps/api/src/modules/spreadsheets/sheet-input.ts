import { z } from "zod";
import { findOrganisationById, type Executor } from "@samspill/db";
import { SPREADSHEET_FORMATS } from "@samspill/documents";
import { UI_LANGUAGES, type Country, type Currency, type UiLanguage } from "@samspill/domain";
import type { Context } from "../../trpc/context.js";

// Input every spreadsheet download shares, and the language its headings are written in: the
// reader's (a spreadsheet is a working copy, not the organisation's publication).

export const sheetFields = {
  format: z.enum(SPREADSHEET_FORMATS).default("xlsx"),
  /** The language the reader has chosen in the app; their profile's, or their organisation's, otherwise. */
  language: z.enum(UI_LANGUAGES).optional(),
};

export async function readerLanguage(ctx: Pick<Context, "db" | "user">, requested: UiLanguage | undefined): Promise<UiLanguage> {
  if (requested) return requested;
  if (!ctx.user) return "nb";
  if (ctx.user.language) return ctx.user.language;
  return (await findOrganisationById(ctx.db, ctx.user.organisationId))?.languageForm ?? "nb";
}

export function currencyOfCountry(country: Country): Currency {
  return country === "SE" ? "SEK" : "NOK";
}

/** The currency an organisation keeps its money in. */
export async function currencyOf(db: Executor, organisationId: string): Promise<Currency> {
  const organisation = await findOrganisationById(db, organisationId);
  return currencyOfCountry(organisation?.country ?? "NO");
}
