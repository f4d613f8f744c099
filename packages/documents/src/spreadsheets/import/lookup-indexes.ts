import type { ImportLookups } from "./import-types.js";
import { organisationIndex, titledIndex, type NameIndex } from "./name-index.js";

export interface ImportLookupIndexes {
  focusAreas: NameIndex;
  goals: NameIndex;
  municipalities: NameIndex;
  organisations: NameIndex;
}

export function indexLookups(lookups: ImportLookups): ImportLookupIndexes {
  return {
    focusAreas: titledIndex(lookups.focusAreas),
    goals: titledIndex(lookups.goals),
    municipalities: organisationIndex(lookups.municipalities),
    organisations: organisationIndex(lookups.organisations),
  };
}
