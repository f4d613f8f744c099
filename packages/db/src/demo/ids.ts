import { createHash } from "node:crypto";

/** Fixed namespace of every demo id; changing it would orphan every loaded demo row. */
export const DEMO_NAMESPACE = "4f8d2c1a-6b3e-5a7c-9d10-2e4f6a8b0c1d";

const namespaceBytes = Buffer.from(DEMO_NAMESPACE.replaceAll("-", ""), "hex");

/** A name-based UUID (version 5, SHA-1) from the demo namespace and a stable key. */
export function demoId(key: string): string {
  const hash = createHash("sha1").update(namespaceBytes).update(key, "utf8").digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A county or municipality by country and official code, e.g. `orgId("NO", "3403")`. */
export const orgId = (country: "NO" | "SE", code: string): string => demoId(`org:${country}:${code}`);
/** A regional council by its slug, e.g. `councilId("hamarregionen")`. */
export const councilId = (slug: string): string => demoId(`council:${slug}`);
/** A partner organisation by its key, e.g. `partnerId("elverum-vekst")`. */
export const partnerId = (key: string): string => demoId(`partner:${key}`);

export const strategyId = (key: string): string => demoId(`strategy:${key}`);
export const programmeId = (key: string): string => demoId(`programme:${key}`);
export const focusAreaId = (programme: string, key: string): string => demoId(`focus:${programme}:${key}`);
export const goalId = (programme: string, key: string): string => demoId(`goal:${programme}:${key}`);
export const measureId = (key: string): string => demoId(`measure:${key}`);
export const partId = (measure: string, municipalityCode: string): string =>
  demoId(`part:${measure}:${municipalityCode}`);
export const indicatorId = (owner: string, key: string): string => demoId(`indicator:${owner}:${key}`);
export const agreementId = (key: string): string => demoId(`agreement:${key}`);
export const obligationId = (agreement: string, key: string): string => demoId(`obligation:${agreement}:${key}`);
export const meetingId = (key: string): string => demoId(`meeting:${key}`);
export const agendaItemId = (meeting: string, caseNumber: string): string =>
  demoId(`agenda:${meeting}:${caseNumber}`);
export const decisionId = (meeting: string, caseNumber: string): string => demoId(`decision:${meeting}:${caseNumber}`);
export const periodId = (council: string, name: string): string => demoId(`period:${council}:${name}`);
export const userId = (email: string): string => demoId(`user:${email}`);

/** Keys of the demo programmes (`programmeId(PROGRAMMES.hamarregionen)` is its uuid). */
export const PROGRAMMES = {
  hamarregionen: "hamarregionen:2022-2023",
  sorOsterdal: "sor-osterdal:2024-2025",
  gardermoregionen: "gardermoregionen:2021-2023",
  vimmerby: "vimmerby:slus",
} as const;
