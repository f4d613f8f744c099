import type { ImportLookups } from "./import-types.js";
import { organisationIndex, titledIndex, type NameIndex } from "./name-index.js";

export interface ImportLookupIndexes {
  focusAreas: NameIndex;
  goals: NameIndex;
  municipalities: NameIndex;
  organisations: NameIndex;
}

/**
 * Names repeat across a country (Våler and Våler), so the programme's owner and its members
 * answer to their names first: "Stange kommune" in Hamarregionen's file is the member, and
 * only a name none of them has is looked up in the whole country.
 */
function responsibleIndex(lookups: ImportLookups): NameIndex {
  const near = organisationIndex([...(lookups.owner ? [lookups.owner] : []), ...lookups.municipalities]);
  const index = organisationIndex(lookups.organisations);
  for (const [name, ids] of near) index.set(name, ids);
  return index;
}

export function indexLookups(lookups: ImportLookups): ImportLookupIndexes {
  return {
    focusAreas: titledIndex(lookups.focusAreas),
    goals: titledIndex(lookups.goals),
    municipalities: organisationIndex(lookups.municipalities),
    organisations: responsibleIndex(lookups),
  };
}
