// The official code lists the portal is built on, carried inside the repository (see
// ../README.md for their sources and licences), and the operator's refresh from SSB and SCB.

export { addDays, IsoDateSchema, isIsoDate } from "./dates.js";
export {
  CodeChangeSchema, CodeEntrySchema, compareEntries, entriesOn, LIST_COUNTRIES, problemsOf, validOn,
  type CodeChange, type CodeEntry, type ListCountry, type ListSource, type OfficialKind, type OfficialList,
} from "./lists.js";
export {
  CouncilEntrySchema, listFiles, readOfficialList, readReferenceLists, referenceDataDir,
  type CouncilEntry, type ReferenceLists,
} from "./files.js";
export { entriesFromRanges, mergeSnapshot, ValidityError, type ListedCode, type RangedCode } from "./validity.js";
export { ReferenceSourceError, type Fetch, type ReferenceSource, type ReferenceSourceErrorKind } from "./http.js";
export { KLASS_CLASSIFICATIONS, KlassClient, SSB_DEFAULT_URL, type KlassChange } from "./klass-client.js";
export { SCB_DEFAULT_URL, SCB_REGION_TABLE, ScbClient, type SwedishRegions } from "./scb-client.js";
export { describeList, refreshReferenceLists, type RefreshOptions, type RefreshSummary } from "./refresh/refresh.js";
