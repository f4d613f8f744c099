import {
  findOrganisationById, listFocusAreas, listGoals, listMembershipsOfCouncil, listOrganisations,
  type Executor, type OrganisationRow, type ProgrammeRow,
} from "@samspill/db";
import type { ImportLookups, OrganisationName } from "@samspill/documents";
import { DomainError, officialName } from "@samspill/domain";
import { currencyOfCountry } from "./sheet-input.js";

// The names an imported row may use, from the database: the programme's focus areas and goals,
// the council's member municipalities today (who may own local measures and parts, as the
// measures API requires) and every organisation of the country (who may be responsible).

const PAGE = 500;

async function organisationsOfCountry(db: Executor, owner: OrganisationRow, today: string): Promise<OrganisationName[]> {
  const all: OrganisationName[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await listOrganisations(db, { country: owner.country, validOn: today, limit: PAGE, offset });
    all.push(...page.items.map((row) => ({ id: row.id, name: row.name, shortName: row.shortName, code: row.code, officialName: officialName(row) })));
    if (page.items.length < PAGE || all.length >= page.total) return all;
  }
}

export async function importLookups(db: Executor, programme: ProgrammeRow, today: string): Promise<ImportLookups> {
  const owner = await findOrganisationById(db, programme.ownerId);
  if (!owner) throw new DomainError("NOT_FOUND", { params: { kind: "organisation" } });
  const [focusAreas, goals, members, organisations] = await Promise.all([
    listFocusAreas(db, programme.id),
    listGoals(db, programme.id),
    listMembershipsOfCouncil(db, owner.id, today),
    organisationsOfCountry(db, owner, today),
  ]);
  const municipalities: OrganisationName[] = members.map((member) => ({
    id: member.municipalityId, name: member.municipalityName, shortName: null, code: member.municipalityCode,
    officialName: officialName({ name: member.municipalityName, kind: "municipality", country: owner.country }),
  }));
  // A municipality that runs its own programme (Vimmerby) owns its local measures itself.
  if (owner.kind === "municipality") {
    municipalities.push({ id: owner.id, name: owner.name, shortName: owner.shortName, code: owner.code, officialName: officialName(owner) });
  }
  return {
    currency: currencyOfCountry(owner.country),
    focusAreas: focusAreas.map(({ id, title }) => ({ id, title })),
    goals: goals.map(({ id, title }) => ({ id, title })),
    municipalities,
    organisations,
    owner: { id: owner.id, name: owner.name, shortName: owner.shortName, code: owner.code, officialName: officialName(owner) },
  };
}
