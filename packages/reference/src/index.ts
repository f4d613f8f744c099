import { readFileSync } from "node:fs";
import { z } from "zod";

// The official code lists the portal is built on, carried inside the repository (see
// ../README.md for their sources and licences): Norwegian fylker and kommuner (SSB),
// Swedish län and kommuner (SCB), and the regional councils of Innlandet and Gardermoregionen
// with their members.

export const CodeEntrySchema = z.object({
  code: z.string().regex(/^\d{2}(\d{2})?$/),
  name: z.string().min(1),
  county: z.string().regex(/^\d{2}$/).optional(),
});
export type CodeEntry = z.infer<typeof CodeEntrySchema>;

export const CouncilEntrySchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  county: z.string().regex(/^\d{2}$/),
  members: z.array(z.string().regex(/^\d{4}$/)),
});
export type CouncilEntry = z.infer<typeof CouncilEntrySchema>;

export const REFERENCE_FILES = {
  noCounties: "no-counties-2024.json",
  noMunicipalities: "no-municipalities-2024.json",
  seCounties: "se-counties.json",
  seMunicipalities: "se-municipalities.json",
  councils: "no-regional-councils-innlandet.json",
} as const;

/** The folder that holds the lists, inside this package. */
export const referenceDataDir = new URL("../data/", import.meta.url);

function readList<T>(file: string, schema: z.ZodType<T>): T[] {
  return z.array(schema).parse(JSON.parse(readFileSync(new URL(file, referenceDataDir), "utf8")));
}

export interface ReferenceLists {
  noCounties: CodeEntry[];
  noMunicipalities: CodeEntry[];
  seCounties: CodeEntry[];
  seMunicipalities: CodeEntry[];
  councils: CouncilEntry[];
}

export function readReferenceLists(): ReferenceLists {
  return {
    noCounties: readList(REFERENCE_FILES.noCounties, CodeEntrySchema),
    noMunicipalities: readList(REFERENCE_FILES.noMunicipalities, CodeEntrySchema),
    seCounties: readList(REFERENCE_FILES.seCounties, CodeEntrySchema),
    seMunicipalities: readList(REFERENCE_FILES.seMunicipalities, CodeEntrySchema),
    councils: readList(REFERENCE_FILES.councils, CouncilEntrySchema),
  };
}
