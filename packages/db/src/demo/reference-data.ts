import { readReferenceLists, type CouncilEntry } from "@samspill/reference";
import type { OfficialHolder } from "../organisations/official-sync-plan.js";
import { syncOfficialOrganisations, type InitialValues } from "../organisations/sync-official-organisations.js";
import { councilId, demoId, orgId, partnerId } from "./ids.js";
import { put, type DemoContext } from "./insert.js";

// Official code lists (@samspill/reference, see its README): Norway's fylker and kommuner since
// 2020 with their periods (Viken and its municipalities until 2023, 15 fylker and 357 kommuner
// from 2024), 21 län and 290 kommuner, and the interkommunale politiske råd of Innlandet plus
// Gardermoregionen with their members.

/** Municipalities that write Nynorsk (målvedtak nynorsk); every other Norwegian one is Bokmål. */
const NYNORSK = new Set([
  "1520", "1577", // Ørsta, Volda
  "3433", "3434", "3435", "3452", "3453", "3454", // Skjåk, Lom, Vågå, Vestre og Øystre Slidre, Vang
  "4617", "4618", "4619", "4620", "4621", "4639", "4640", "4641", "4642", "4643", "4644", "4650", "4651",
]);

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

// What the demo's official organisations start with beyond the lists: Nynorsk where the
// municipality writes it, the Swedish county authority's own name, the addresses the demo
// links to, and a word on the Viken era.
function demoValues(holder: OfficialHolder): InitialValues | undefined {
  const key = `${holder.country}:${holder.code}`;
  if (NYNORSK.has(holder.code) && holder.country === "NO") return { languageForm: "nn" };
  if (key === "SE:08") return { name: "Region Kalmar län", slug: "region-kalmar-lan" };
  if (key === "SE:0884") return { slug: "vimmerby" };
  if (key === "NO:30") return { description: "Viken fylkeskommune (2020–2023), delt i Akershus, Buskerud og Østfold fra 2024." };
  if (key === "NO:3035") return { description: "Kommunenummer i Viken 2020–2023." };
  return undefined;
}

export async function loadReferenceData(ctx: DemoContext): Promise<ReferenceCounts> {
  const { official, councils } = readReferenceLists();

  // The lists begin in 2020; DOMAIN.md's example reaches further back (Eidsvoll 0237 → 3035 →
  // 3240), so the codes before the Viken reform are written here. Same names, other codes and
  // periods; the code exclusion constraint keeps them apart.
  await put(ctx, "organisation", [
    { id: orgId("NO", "02"), kind: "county", country: "NO", code: "02", name: "Akershus", languageForm: "nb",
      validTo: "2019-12-31", description: "Akershus fylkeskommune før sammenslåingen til Viken 2020." },
  ]);
  await put(ctx, "organisation", [
    { id: orgId("NO", "0237"), kind: "municipality", country: "NO", code: "0237", name: "Eidsvoll", languageForm: "nb",
      countyId: orgId("NO", "02"), validTo: "2019-12-31", description: "Kommunenummer før 2020." },
  ]);
  // Every county and municipality since 2020, through the operator's own sync.
  for (const list of [official.NO, official.SE]) {
    const report = await syncOfficialOrganisations(ctx.db, list, {
      idFor: (holder) => orgId(holder.country, holder.code),
      initialValues: demoValues,
    });
    ctx.inserted += report.created.length + report.updated.length;
  }
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
