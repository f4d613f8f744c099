import type { ClientErrorCode } from "../../shared/errors/error-code";
import { formProblemOf } from "../../shared/forms";

// What a failed import or bind says to the user: the source's trouble in plain words (nothing
// was imported), the binding's trouble, or the general text for the error code.

const SOURCE_REASONS = ["source_rate_limited", "source_malformed", "source_http", "source_timeout", "source_network", "source_too_large"] as const;
const BINDING_REASONS = ["indicator_not_bound", "no_source_regions", "not_a_municipality_of_indicator", "indicator_not_per_municipality"] as const;
type Reason = (typeof SOURCE_REASONS)[number] | (typeof BINDING_REASONS)[number];

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T => typeof value === "string" && (list as readonly string[]).includes(value);

export interface ProblemText {
  key: `statistics:problem.${Reason}` | `common:errors.${ClientErrorCode}`;
  /** "ssb" or "kolada" for the source's own troubles, to be named in the text. */
  source: string | null;
}

export function sourceProblem(error: unknown): ProblemText {
  const { code, reason, params } = formProblemOf(error);
  const source = params.source;
  if (code === "SOURCE_UNAVAILABLE" && isOneOf(SOURCE_REASONS, reason)) {
    return { key: `statistics:problem.${reason}`, source: typeof source === "string" ? source : null };
  }
  if (isOneOf(BINDING_REASONS, reason)) return { key: `statistics:problem.${reason}`, source: null };
  return { key: `common:errors.${code}`, source: null };
}

/** The latest import among an indicator's values, or null when none was imported. */
export function lastImport(series: ReadonlyArray<{ points: ReadonlyArray<{ importedAt: string | null }> }>): string | null {
  let latest: string | null = null;
  for (const item of series) {
    for (const point of item.points) {
      if (point.importedAt && (latest === null || point.importedAt > latest)) latest = point.importedAt;
    }
  }
  return latest;
}
