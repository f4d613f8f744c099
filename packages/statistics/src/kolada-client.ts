import { z } from "zod";
import { StatisticsError } from "./errors.js";
import { Transport, type TransportOptions } from "./transport.js";

// Kolada API v3 (https://api.kolada.se/v3): key figures (KPIs) per municipality and year,
// GET /v3/data/kpi/N01951/municipality/0884/year/2023,2024 →
// {"values":[{"kpi","municipality","period","values":[{"gender":"T","value":…,"status":""}]}],"count","next_url"}.
// Long answers come in pages linked by next_url. A missing figure is {"value":null,"status":"Missing"}.

export const KOLADA_DEFAULT_URL = "https://api.kolada.se";
/** A guard against a source that keeps linking pages; real answers for a few municipalities fit in one or two. */
const MAX_PAGES = 100;

const KoladaValueSchema = z.looseObject({
  gender: z.string(),
  value: z.number().nullable(),
  status: z.string().nullable().optional(),
});

const KoladaEntrySchema = z.looseObject({
  kpi: z.string(),
  municipality: z.string(),
  period: z.union([z.number().int(), z.string()]),
  values: z.array(KoladaValueSchema),
});

export const KoladaPageSchema = z.looseObject({
  values: z.array(KoladaEntrySchema),
  count: z.number().int().nonnegative(),
  next_url: z.string().nullable().optional(),
});

export interface KoladaQuery {
  kpi: string;
  municipalities: readonly string[];
  years: readonly number[];
}

export interface KoladaObservation {
  kpi: string;
  municipality: string;
  period: string;
  value: number | null;
  /** Kolada's status of the figure, e.g. "Missing"; null when it is a plain value. */
  status: string | null;
}

const KPI = /^[A-Z]\d{5}$/;
const CODE = /^[0-9A-Za-z-]{1,12}$/;

export interface KoladaClientOptions extends TransportOptions {
  baseUrl?: string;
}

export class KoladaClient {
  readonly baseUrl: string;
  private readonly transport: Transport;

  constructor(options: KoladaClientOptions = {}) {
    this.baseUrl = (options.baseUrl ?? KOLADA_DEFAULT_URL).replace(/\/+$/, "");
    this.transport = new Transport("kolada", options);
  }

  dataUrl(query: KoladaQuery): string {
    // Callers' mistakes, not the source's: these go into the path.
    if (!KPI.test(query.kpi)) throw new RangeError(`"${query.kpi}" is not a Kolada KPI id`);
    if (query.municipalities.length === 0 || !query.municipalities.every((code) => CODE.test(code))) {
      throw new RangeError("Kolada needs one or more municipality ids");
    }
    if (query.years.length === 0 || !query.years.every((year) => Number.isInteger(year) && year > 1900 && year < 3000)) {
      throw new RangeError("Kolada needs one or more years");
    }
    return `${this.baseUrl}/v3/data/kpi/${query.kpi}/municipality/${query.municipalities.join(",")}/year/${query.years.join(",")}`;
  }

  /** The totals (gender "T") of a KPI, following next_url through every page. */
  async data(query: KoladaQuery, signal?: AbortSignal): Promise<KoladaObservation[]> {
    const origin = new URL(this.baseUrl).origin;
    const seen = new Set<string>();
    const observations: KoladaObservation[] = [];
    let url: string | null = this.dataUrl(query);
    while (url !== null) {
      if (seen.size >= MAX_PAGES || seen.has(url)) throw new StatisticsError("kolada", "malformed", "next_url goes round in circles", { url });
      seen.add(url);
      const parsed = KoladaPageSchema.safeParse(await this.transport.getJson(url, signal));
      if (!parsed.success) {
        throw new StatisticsError("kolada", "malformed", `not a Kolada data page (${parsed.error.issues[0]?.path.join(".") ?? ""})`, { url, cause: parsed.error });
      }
      for (const entry of parsed.data.values) {
        const total = entry.values.find((value) => value.gender === "T");
        if (!total) continue;
        observations.push({
          kpi: entry.kpi, municipality: entry.municipality, period: String(entry.period),
          value: total.value, status: total.status ? total.status : null,
        });
      }
      url = nextPage(parsed.data.next_url, origin);
    }
    return observations;
  }
}

/** The next page, only on the source's own host: a link elsewhere is not followed. */
function nextPage(next: string | null | undefined, origin: string): string | null {
  if (!next) return null;
  let target: URL;
  try {
    target = new URL(next, origin);
  } catch (cause) {
    throw new StatisticsError("kolada", "malformed", "next_url is not an address", { cause });
  }
  if (target.origin !== origin) throw new StatisticsError("kolada", "malformed", `next_url leaves ${origin}`, { url: next });
  return target.toString();
}
