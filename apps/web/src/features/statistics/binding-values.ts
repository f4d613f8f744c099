import type { Binding, BindSourceInput, SourceRegions } from "./types";

// The bind form's values and their way to the API: one text field per region code (each of the
// indicator's municipalities, or the total), several codes separated by commas.

export type SourceChoice = "manual" | "ssb" | "kolada";
export type PeriodEdge = "start" | "end";

export interface BindingValues {
  source: SourceChoice;
  table: string;
  contentsCode: string;
  kpi: string;
  at: PeriodEdge;
  /** Region codes by field key: a municipality's id, or TOTAL. */
  codes: Record<string, string>;
}

export const TOTAL = "total";

export interface RegionField {
  key: string;
  /** The municipality's name; null for the total. */
  name: string | null;
}

/** The code fields: each municipality of an indicator kept per municipality, else the total alone. */
export function regionFields(perMunicipality: boolean, regions: Pick<SourceRegions, "municipalities">): RegionField[] {
  if (!perMunicipality) return [{ key: TOTAL, name: null }];
  return regions.municipalities.map((municipality) => ({ key: municipality.id, name: municipality.name }));
}

/** The form as the indicator is bound now, the municipalities' own codes where it names none. */
export function bindingValuesOf(binding: Binding | null, fields: readonly RegionField[], regions: Pick<SourceRegions, "defaultRegions">): BindingValues {
  const chosen = binding?.regions ?? regions.defaultRegions;
  const codes: Record<string, string> = {};
  for (const field of fields) {
    const municipalityId = field.key === TOTAL ? null : field.key;
    codes[field.key] = chosen.find((region) => region.municipalityId === municipalityId)?.codes.join(", ") ?? "";
  }
  return {
    source: binding?.source ?? "manual",
    table: binding?.source === "ssb" ? binding.table : "",
    contentsCode: binding?.source === "ssb" ? binding.contentsCode : "",
    kpi: binding?.source === "kolada" ? binding.kpi : "",
    at: binding?.at ?? "end",
    codes,
  };
}

export type FieldError = "required" | "invalid";
export type BindingErrors = Record<string, FieldError>;

const TABLE = /^\d{5}$/;
const CONTENTS_CODE = /^[A-Za-z0-9_]{1,40}$/;
const KPI = /^[A-Z]\d{5}$/;
const REGION_CODE = /^[0-9A-Za-z-]{1,12}$/;

function check(value: string, pattern: RegExp): FieldError | null {
  if (value === "") return "required";
  return pattern.test(value) ? null : "invalid";
}

export interface BindingSubmit {
  binding: BindSourceInput["binding"];
  errors: BindingErrors;
  /** The field each entry of `binding.regions` came from, to place the server's issues. */
  regionKeys: string[];
}

/** The API's binding from the form, or the fields to correct first. */
export function bindingInput(values: BindingValues, fields: readonly RegionField[]): BindingSubmit {
  const errors: BindingErrors = {};
  if (values.source === "manual") return { binding: null, errors, regionKeys: [] };
  const regions: Array<{ municipalityId: string | null; codes: string[] }> = [];
  const regionKeys: string[] = [];
  for (const field of fields) {
    const codes = (values.codes[field.key] ?? "").split(",").map((code) => code.trim()).filter(Boolean);
    if (codes.length === 0) continue;
    if (codes.length > 5 || !codes.every((code) => REGION_CODE.test(code))) errors[field.key] = "invalid";
    regions.push({ municipalityId: field.key === TOTAL ? null : field.key, codes });
    regionKeys.push(field.key);
  }
  if (regions.length === 0 && fields[0]) errors[fields[0].key] = "required";
  const series = values.source === "ssb"
    ? { source: "ssb" as const, table: values.table.trim(), contentsCode: values.contentsCode.trim() }
    : { source: "kolada" as const, kpi: values.kpi.trim().toUpperCase() };
  const problems = series.source === "ssb"
    ? { table: check(series.table, TABLE), contentsCode: check(series.contentsCode, CONTENTS_CODE) }
    : { kpi: check(series.kpi, KPI) };
  for (const [field, problem] of Object.entries(problems)) if (problem) errors[field] = problem;
  return { binding: { ...series, at: values.at, regions }, errors, regionKeys };
}

/** The form field a server issue path (`binding.table`, `binding.regions.1.codes.0`) points at. */
export function fieldOfPath(path: string, regionKeys: readonly string[]): string | null {
  const [root, field, index] = path.split(".");
  if (root !== "binding" || !field) return null;
  if (field === "regions") return regionKeys[Number(index)] ?? null;
  return ["table", "contentsCode", "kpi", "at"].includes(field) ? field : null;
}
