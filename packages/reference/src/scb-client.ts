import { z } from "zod";
import { getJson, parseAnswer, ReferenceSourceError, type HttpOptions } from "./http.js";
import type { ListedCode } from "./validity.js";

// Statistics Sweden's PxWeb API v1: the metadata of table BE0101A/BefolkningNy (population by
// region), whose `Region` variable lists every län (2-digit länskod) and kommun (4-digit
// kommunkod) with its name, plus 00 "Riket" for the whole country:
//   GET /OV0104/v1/doris/sv/ssd/BE/BE0101/BE0101A/BefolkningNy
//   → {"title": …, "variables": [{"code": "Region", "values": […], "valueTexts": […]}, …]}

export const SCB_DEFAULT_URL = "https://api.scb.se";
export const SCB_REGION_TABLE = "/OV0104/v1/doris/sv/ssd/BE/BE0101/BE0101A/BefolkningNy";

const TableSchema = z.object({
  title: z.string(),
  variables: z.array(z.object({
    code: z.string(),
    values: z.array(z.string()),
    valueTexts: z.array(z.string()),
  })),
});

export interface SwedishRegions {
  counties: ListedCode[];
  municipalities: ListedCode[];
}

export interface ScbClientOptions extends HttpOptions {
  baseUrl?: string;
}

export class ScbClient {
  readonly baseUrl: string;
  private readonly http: HttpOptions;

  constructor(options: ScbClientOptions = {}) {
    this.baseUrl = (options.baseUrl ?? SCB_DEFAULT_URL).replace(/\/+$/, "");
    this.http = options;
  }

  get regionsUrl(): string {
    return `${this.baseUrl}${SCB_REGION_TABLE}`;
  }

  /** The län and kommuner SCB lists today, without the whole country. */
  async regions(): Promise<SwedishRegions> {
    const url = this.regionsUrl;
    const table = parseAnswer("scb", url, TableSchema, await getJson("scb", url, this.http));
    return regionsOf(table.variables.find((variable) => variable.code === "Region"), url);
  }
}

function regionsOf(region: { values: string[]; valueTexts: string[] } | undefined, url: string): SwedishRegions {
  const refuse = (message: string) => new ReferenceSourceError("scb", "malformed", message, { url });
  if (!region) throw refuse("the table has no Region variable");
  if (region.values.length !== region.valueTexts.length) {
    throw refuse(`Region has ${region.values.length} values but ${region.valueTexts.length} names`);
  }
  const counties: ListedCode[] = [];
  const municipalities: ListedCode[] = [];
  region.values.forEach((code, index) => {
    const name = region.valueTexts[index]?.trim() ?? "";
    if (code === "00") return;
    if (name === "") throw refuse(`region ${code} has no name`);
    if (/^\d{2}$/.test(code)) counties.push({ code, name });
    else if (/^\d{4}$/.test(code)) municipalities.push({ code, name, county: code.slice(0, 2) });
    else throw refuse(`region code "${code}" is neither a länskod (2 digits) nor a kommunkod (4 digits)`);
  });
  if (counties.length === 0 || municipalities.length === 0) throw refuse("Region lists no län or no kommun");
  const seen = new Set<string>();
  for (const { code } of [...counties, ...municipalities]) {
    if (seen.has(code)) throw refuse(`region ${code} is listed twice`);
    seen.add(code);
  }
  return { counties, municipalities };
}
