import { StatisticsError } from "./errors.js";
import { decodeJsonStat, type JsonStatCube } from "./json-stat.js";
import { Transport, type TransportOptions } from "./transport.js";

// SSB's PxWebApi v2 (https://data.ssb.no/api/pxwebapi/v2): a table's data for chosen value
// codes per dimension, as JSON-stat 2.0, e.g.
// /api/pxwebapi/v2/tables/07459/data?lang=no&outputFormat=json-stat2&valueCodes[Region]=3403,3411&valueCodes[ContentsCode]=Personer1&valueCodes[Tid]=top(5)
// Documented limits: 800 000 cells per query (refused here before asking) and 30 queries a
// minute (paced here).

export const SSB_DEFAULT_URL = "https://data.ssb.no";
export const SSB_CELL_LIMIT = 800_000;
export const SSB_PACE = { requests: 30, perMs: 60_000 } as const;

/** Value codes of one dimension: a list, or the latest n periods. */
export type ValueSelection = readonly string[] | { top: number };

export interface SsbClientOptions extends TransportOptions {
  baseUrl?: string;
  lang?: "no" | "en";
}

export interface SsbSeriesQuery {
  table: string;
  contentsCode: string;
  regions: readonly string[];
  /** Periods of the time dimension; the latest five unless given. */
  periods?: ValueSelection;
  regionDimension?: string;
  timeDimension?: string;
}

export interface SsbObservation {
  region: string;
  period: string;
  value: number | null;
  /** The cell's status, e.g. ".." (not available) or ":" (confidential); null for a plain value. */
  status: string | null;
}

const TABLE_ID = /^[A-Za-z0-9]{1,20}$/;

export class SsbClient {
  readonly baseUrl: string;
  private readonly lang: string;
  private readonly transport: Transport;

  constructor(options: SsbClientOptions = {}) {
    this.baseUrl = (options.baseUrl ?? SSB_DEFAULT_URL).replace(/\/+$/, "");
    this.lang = options.lang ?? "no";
    this.transport = new Transport("ssb", { pacing: SSB_PACE, ...options });
  }

  /** The data address of a table for a selection, in the documented form. */
  dataUrl(table: string, selection: Readonly<Record<string, ValueSelection>>): string {
    // A caller's mistake, not the source's: table ids go into the path.
    if (!TABLE_ID.test(table)) throw new RangeError(`"${table}" is not an SSB table id`);
    const parts = [`lang=${encodeURIComponent(this.lang)}`, "outputFormat=json-stat2"];
    for (const [dimension, values] of Object.entries(selection)) {
      const codes = "top" in values ? `top(${values.top})` : values.map(encodeURIComponent).join(",");
      parts.push(`valueCodes[${encodeURIComponent(dimension)}]=${codes}`);
    }
    return `${this.baseUrl}/api/pxwebapi/v2/tables/${table}/data?${parts.join("&")}`;
  }

  /** A table's cube for a selection; refused before asking when it would pass the cell limit. */
  async data(table: string, selection: Readonly<Record<string, ValueSelection>>, signal?: AbortSignal): Promise<JsonStatCube> {
    const cells = Object.values(selection).reduce((product, values) => product * ("top" in values ? values.top : values.length), 1);
    if (cells > SSB_CELL_LIMIT) {
      throw new StatisticsError("ssb", "too_large", `${cells} cells asked for, the limit is ${SSB_CELL_LIMIT}`);
    }
    return decodeJsonStat(await this.transport.getJson(this.dataUrl(table, selection), signal), "ssb");
  }

  /** One content code for some regions over time: one observation per region and period. */
  async series(query: SsbSeriesQuery, signal?: AbortSignal): Promise<SsbObservation[]> {
    const regionDimension = query.regionDimension ?? "Region";
    const timeDimension = query.timeDimension ?? "Tid";
    const cube = await this.data(query.table, {
      [regionDimension]: query.regions,
      ContentsCode: [query.contentsCode],
      [timeDimension]: query.periods ?? { top: 5 },
    }, signal);
    const region = cube.roles.geo[0] ?? regionDimension;
    const time = cube.roles.time[0] ?? timeDimension;
    // Any other dimension left in the answer must be a single category, or the cells would not
    // be one series per region.
    for (const dimension of cube.dimensions) {
      if (dimension.id === region || dimension.id === time || dimension.id === "ContentsCode") continue;
      if (dimension.categories.length !== 1) {
        throw new StatisticsError("ssb", "malformed", `dimension ${dimension.id} has ${dimension.categories.length} categories, expected one`);
      }
    }
    if (!cube.dimensions.some((dimension) => dimension.id === region) || !cube.dimensions.some((dimension) => dimension.id === time)) {
      throw new StatisticsError("ssb", "malformed", `the answer has no ${region} or ${time} dimension`);
    }
    return cube.cells
      .filter((cell) => cell.codes.ContentsCode === undefined || cell.codes.ContentsCode === query.contentsCode)
      .map((cell) => ({ region: cell.codes[region] ?? "", period: cell.codes[time] ?? "", value: cell.value, status: cell.status }));
  }
}
