import { readReferenceLists, type CouncilEntry } from "@samspill/reference";
import { councilId, demoId, orgId, partnerId } from "./ids.js";
import { put, type DemoContext } from "./insert.js";

// Official code lists (@samspill/reference, see its README): 15 fylker and 357 kommuner valid from
// 2024-01-01, 21 län and 290 kommuner, and the interkommunale politiske råd of Innlandet plus
// Gardermoregionen with their members.

/** Municipalities that write Nynorsk (målvedtak nynorsk); every other Norwegian one is Bokmål. */
const NYNORSK = new Set([
  "1520", "1577", // Ørsta, Volda
  "3433", "3434", "3435", "3452", "3453", "3454", // Skjåk, Lom, Vågå, Vestre og Øystre Slidre, Vang
  "4617", "4618", "4619", "4620", "4621", "4639", "4640", "4641", "4642", "4643", "4644", "4650", "4651",
]);

const NO_VALID_FROM = "2024-01-01";
const COUNCIL_VALID_FROM = "2020-01-01";

const SHORT_NAMES: Record<string, string> = {
  gardermoregionen: "GRIP",
  hamarregionen: "Hamarregionen IPR",
  "sor-osterdal": "SØIPR",
};

const PARTNERS: { key: string; name: string; county: string; description: string; website?: string }[] = [
  { key: "elverum-vekst", name: "Elverum Vekst AS", county: "34", website: "https://www.elverumvekst.no",
    description: "Næringsselskap i Elverum. Leder satsingen Elverum+ – helse- og beredskapshovedstaden." },
  { key: "innovasjon-gardermoen", name: "Innovasjon Gardermoen", county: "32",
    description: "Har prosjektledelsen for den strategiske næringsplanen i Gardermoregionen." },
  { key: "nho-innlandet", name: "NHO Innlandet", county: "34", description: "Næringslivets Hovedorganisasjon i Innlandet." },
  { key: "lo-innlandet", name: "LO Innlandet", county: "34", description: "Landsorganisasjonen i Norge, Innlandet." },
  { key: "innlandet-science-park", name: "Innlandet Science Park", county: "34",
    description: "Innovasjonsmiljø for næringsliv, offentlig sektor og akademia i Innlandet." },
  { key: "naeringsforeningene-gardermoregionen", name: "Næringsforeningene i Gardermoregionen", county: "32",
    description: "Næringsforeningene i de seks kommunene i Gardermoregionen (samlet part i demodataene)." },
  { key: "samspill-drift", name: "Samspill drift", county: "34",
    description: "Driftsorganisasjonen for denne Samspill-installasjonen." },
];

export interface ReferenceCounts {
  councils: CouncilEntry[];
}

export async function loadReferenceData(ctx: DemoContext): Promise<ReferenceCounts> {
  const { noCounties, noMunicipalities, seCounties, seMunicipalities, councils } = readReferenceLists();

  // Historic rows of the Viken reform (DOMAIN.md: Eidsvoll 0237 → 3035 → 3240). Same names,
  // other codes and periods; the code exclusion constraint keeps them apart.
  await put(ctx, "organisation", [
    { id: orgId("NO", "02"), kind: "county", country: "NO", code: "02", name: "Akershus", languageForm: "nb",
      validTo: "2019-12-31", description: "Akershus fylkeskommune før sammenslåingen til Viken 2020." },
    { id: orgId("NO", "30"), kind: "county", country: "NO", code: "30", name: "Viken", languageForm: "nb",
      validFrom: "2020-01-01", validTo: "2023-12-31",
      description: "Viken fylkeskommune (2020–2023), delt i Akershus, Buskerud og Østfold fra 2024." },
  ]);
  await put(ctx, "organisation", [
    ...noCounties.map((c) => ({ id: orgId("NO", c.code), kind: "county" as const, country: "NO" as const,
      code: c.code, name: c.name, languageForm: "nb" as const, validFrom: NO_VALID_FROM })),
    ...seCounties.map((c) => ({ id: orgId("SE", c.code), kind: "county" as const, country: "SE" as const,
      code: c.code, name: c.code === "08" ? "Region Kalmar län" : c.name, languageForm: "sv" as const,
      slug: c.code === "08" ? "region-kalmar-lan" : null })),
  ]);
  await put(ctx, "organisation", [
    { id: orgId("NO", "0237"), kind: "municipality", country: "NO", code: "0237", name: "Eidsvoll", languageForm: "nb",
      countyId: orgId("NO", "02"), validTo: "2019-12-31", description: "Kommunenummer før 2020." },
    { id: orgId("NO", "3035"), kind: "municipality", country: "NO", code: "3035", name: "Eidsvoll", languageForm: "nb",
      countyId: orgId("NO", "30"), validFrom: "2020-01-01", validTo: "2023-12-31",
      description: "Kommunenummer i Viken 2020–2023." },
    ...noMunicipalities.map((m) => ({ id: orgId("NO", m.code), kind: "municipality" as const,
      country: "NO" as const, code: m.code, name: m.name, countyId: orgId("NO", m.county!),
      languageForm: NYNORSK.has(m.code) ? ("nn" as const) : ("nb" as const), validFrom: NO_VALID_FROM })),
    ...seMunicipalities.map((m) => ({ id: orgId("SE", m.code), kind: "municipality" as const,
      country: "SE" as const, code: m.code, name: m.name, countyId: orgId("SE", m.county!),
      languageForm: "sv" as const, slug: m.code === "0884" ? "vimmerby" : null })),
  ]);
  await put(ctx, "organisation", PARTNERS.map((p) => ({
    id: partnerId(p.key), kind: "partner" as const, country: "NO" as const, name: p.name, languageForm: "nb" as const,
    countyId: orgId("NO", p.county), description: p.description, website: p.website ?? null,
  })));
  await put(ctx, "organisation", councils.map((c) => ({
    id: councilId(c.id), kind: "regional_council" as const, country: "NO" as const, name: c.name,
    shortName: SHORT_NAMES[c.id] ?? null, languageForm: "nb" as const, countyId: orgId("NO", c.county),
    slug: c.id, validFrom: COUNCIL_VALID_FROM,
  })));
  await put(ctx, "membership", councils.flatMap((c) => c.members.map((code) => ({
    id: demoId(`membership:${c.id}:${code}`), councilId: councilId(c.id), municipalityId: orgId("NO", code),
    validFrom: COUNCIL_VALID_FROM,
  }))));
  return { councils };
}
