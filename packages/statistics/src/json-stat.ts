import { z } from "zod";
import { StatisticsError, type StatisticsSource } from "./errors.js";

// JSON-stat 2.0 datasets (https://json-stat.org/full/): `value` is one flat array in row-major
// order over the dimensions named in `id`, with their sizes in `size` — the last dimension
// varies fastest. `value` and `status` may also be objects keyed by the flat index (sparse
// cubes), and `status` may be one string for every cell. Special cells such as SSB's ".."
// have a null value and a status.

const CategorySchema = z.looseObject({
  index: z.union([z.array(z.string()), z.record(z.string(), z.number().int().nonnegative())]).optional(),
  label: z.record(z.string(), z.string()).optional(),
});

const DimensionSchema = z.looseObject({ label: z.string().optional(), category: CategorySchema });

export const JsonStatDatasetSchema = z.looseObject({
  version: z.literal("2.0"),
  class: z.literal("dataset"),
  label: z.string().optional(),
  source: z.string().optional(),
  updated: z.string().optional(),
  id: z.array(z.string()).min(1),
  size: z.array(z.number().int().nonnegative()),
  dimension: z.record(z.string(), DimensionSchema),
  value: z.union([z.array(z.number().nullable()), z.record(z.string(), z.number().nullable())]),
  status: z.union([z.string(), z.array(z.string().nullable()), z.record(z.string(), z.string())]).optional(),
  role: z
    .looseObject({ time: z.array(z.string()).optional(), geo: z.array(z.string()).optional(), metric: z.array(z.string()).optional() })
    .optional(),
});
export type JsonStatDataset = z.infer<typeof JsonStatDatasetSchema>;

export interface JsonStatDimension {
  id: string;
  label: string;
  categories: Array<{ code: string; label: string }>;
}

export interface JsonStatCell {
  /** The category code of the cell in each dimension, by dimension id. */
  codes: Record<string, string>;
  value: number | null;
  status: string | null;
}

export interface JsonStatCube {
  label: string | null;
  updated: string | null;
  dimensions: JsonStatDimension[];
  roles: { time: string[]; geo: string[]; metric: string[] };
  cells: JsonStatCell[];
}

/** Parses and checks a JSON-stat 2.0 dataset; anything off the documented shape is "malformed". */
export function decodeJsonStat(input: unknown, source: StatisticsSource = "ssb"): JsonStatCube {
  const malformed = (message: string, cause?: unknown) => new StatisticsError(source, "malformed", `JSON-stat: ${message}`, { cause });
  const parsed = JsonStatDatasetSchema.safeParse(input);
  if (!parsed.success) throw malformed(`not a JSON-stat 2.0 dataset (${parsed.error.issues[0]?.path.join(".") ?? ""})`, parsed.error);
  const dataset = parsed.data;
  if (dataset.id.length !== dataset.size.length) throw malformed("id and size differ in length");
  const dimensions = dataset.id.map((id, position) => {
    const dimension = dataset.dimension[id];
    if (!dimension) throw malformed(`dimension ${id} is not described`);
    const codes = categoryCodes(dimension.category);
    if (codes === null || codes.length !== dataset.size[position]) throw malformed(`dimension ${id} does not have ${dataset.size[position]} categories`);
    const labels = dimension.category.label ?? {};
    return { id, label: dimension.label ?? id, categories: codes.map((code) => ({ code, label: labels[code] ?? code })) };
  });
  const cellCount = dataset.size.reduce((product, size) => product * size, 1);
  const valueAt = lookup(dataset.value, cellCount, "value", malformed);
  const statusAt = typeof dataset.status === "string"
    ? () => dataset.status as string
    : dataset.status === undefined ? () => null : lookup(dataset.status, cellCount, "status", malformed);

  const cells: JsonStatCell[] = [];
  for (let index = 0; index < cellCount; index += 1) {
    const codes: Record<string, string> = {};
    let rest = index;
    for (let position = dimensions.length - 1; position >= 0; position -= 1) {
      const dimension = dimensions[position]!;
      const size = dimension.categories.length;
      codes[dimension.id] = dimension.categories[rest % size]!.code;
      rest = Math.floor(rest / size);
    }
    cells.push({ codes, value: valueAt(index) ?? null, status: statusAt(index) ?? null });
  }
  return {
    label: dataset.label ?? null,
    updated: dataset.updated ?? null,
    dimensions,
    roles: { time: dataset.role?.time ?? [], geo: dataset.role?.geo ?? [], metric: dataset.role?.metric ?? [] },
    cells,
  };
}

/** Category codes in index order; a dimension of one category may leave the index out. */
function categoryCodes(category: z.infer<typeof CategorySchema>): string[] | null {
  const { index, label } = category;
  if (index === undefined) return label && Object.keys(label).length === 1 ? Object.keys(label) : null;
  if (Array.isArray(index)) return new Set(index).size === index.length ? index : null;
  const codes: string[] = [];
  for (const [code, position] of Object.entries(index)) {
    if (codes[position] !== undefined) return null;
    codes[position] = code;
  }
  return codes.length === Object.keys(index).length ? codes : null;
}

/** Reads a dense array or a sparse object keyed by flat index; the array must cover every cell. */
function lookup<T>(
  data: Array<T | null> | Record<string, T | null>,
  cellCount: number,
  name: string,
  malformed: (message: string) => StatisticsError,
): (index: number) => T | null {
  if (Array.isArray(data)) {
    if (data.length !== cellCount) throw malformed(`${name} has ${data.length} cells, size says ${cellCount}`);
    return (index) => data[index] ?? null;
  }
  for (const key of Object.keys(data)) {
    if (!/^\d+$/.test(key) || Number(key) >= cellCount) throw malformed(`${name} has a cell ${key} outside the cube`);
  }
  return (index) => data[String(index)] ?? null;
}
