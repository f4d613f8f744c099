import { z } from "zod";
import { IsoDateSchema } from "./dates.js";
import { getJson, parseAnswer, type HttpOptions } from "./http.js";
import type { RangedCode } from "./validity.js";

// Statistics Norway's classification database KLASS (REST API v1, JSON), e.g.
//   /api/klass/v1/classifications/131/codes?from=2020-01-01&to=2026-01-01
//   /api/klass/v1/classifications/131/codesAt?date=2025-12-31
//   /api/klass/v1/classifications/131/changes?from=2020-01-02&to=2026-01-01
// `to` is exclusive everywhere; so is each code's `validToInRequestedRange`.

export const SSB_DEFAULT_URL = "https://data.ssb.no";

/** KLASS's classification ids: 131 Standard for kommuneinndeling, 104 Standard for fylkesinndeling. */
export const KLASS_CLASSIFICATIONS = { municipalities: "131", counties: "104" } as const;
export type KlassClassification = (typeof KLASS_CLASSIFICATIONS)[keyof typeof KLASS_CLASSIFICATIONS];

// Only the fields the lists use are read; KLASS sends more (parentCode, level, shortName,
// presentationName, validFrom, validTo, notes), which the schemas let through unread.
const CodeSchema = z.object({ code: z.string().min(1), name: z.string().min(1) });

const CodesSchema = z.object({
  codes: z.array(CodeSchema.extend({
    validFromInRequestedRange: IsoDateSchema,
    validToInRequestedRange: IsoDateSchema.nullable(),
  })),
});

const CodesAtSchema = z.object({ codes: z.array(CodeSchema) });

const ChangedCode = z.string().min(1).nullish().transform((value) => value ?? null);

const ChangesSchema = z.object({
  codeChanges: z.array(z.object({
    oldCode: ChangedCode,
    oldName: ChangedCode,
    newCode: ChangedCode,
    newName: ChangedCode,
    changeOccurred: IsoDateSchema,
  })),
});

export interface KlassChange {
  oldCode: string | null;
  oldName: string | null;
  newCode: string | null;
  newName: string | null;
  changeOccurred: string;
}

export interface KlassClientOptions extends HttpOptions {
  baseUrl?: string;
}

export class KlassClient {
  readonly baseUrl: string;
  private readonly http: HttpOptions;

  constructor(options: KlassClientOptions = {}) {
    this.baseUrl = (options.baseUrl ?? SSB_DEFAULT_URL).replace(/\/+$/, "");
    this.http = options;
  }

  url(classification: KlassClassification, path: "codes" | "codesAt" | "changes", query: Record<string, string>): string {
    const search = new URLSearchParams(query).toString();
    return `${this.baseUrl}/api/klass/v1/classifications/${classification}/${path}?${search}`;
  }

  /** Every code valid at some point from `from` to `to` (exclusive), one range per name. */
  async codes(classification: KlassClassification, from: string, to: string): Promise<RangedCode[]> {
    return (await this.get(this.url(classification, "codes", { from, to }), CodesSchema)).codes;
  }

  /** The codes valid on one day. */
  async codesAt(classification: KlassClassification, date: string): Promise<{ code: string; name: string }[]> {
    return (await this.get(this.url(classification, "codesAt", { date }), CodesAtSchema)).codes;
  }

  /** Mergers, splits, renumberings and renamings that took effect from `from` to `to` (exclusive). */
  async changes(classification: KlassClassification, from: string, to: string): Promise<KlassChange[]> {
    return (await this.get(this.url(classification, "changes", { from, to }), ChangesSchema)).codeChanges;
  }

  private async get<T>(url: string, schema: z.ZodType<T>): Promise<T> {
    return parseAnswer("ssb", url, schema, await getJson("ssb", url, this.http));
  }
}
