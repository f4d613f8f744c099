import { z } from "zod";
import { findOrganisationById, fundsOfAgreements, listAgreements as listAgreementRows } from "@samspill/db";
import { AgreementStatusSchema, DomainError, officialName, IdSchema, isAnonymous, permitOf, YearSchema, type Actor, type Resource } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { agreementView } from "./agreement-view.js";

const ListAgreementsInputSchema = z
  .strictObject({
    /** The county whose agreements to list; a county official's own by default. */
    countyId: IdSchema.optional(),
    /** The council or municipality whose agreements to list; the actor's own by default. */
    partyId: IdSchema.optional(),
    status: AgreementStatusSchema.optional(),
    year: YearSchema.optional(),
    limit: z.number().int().min(1).max(200).default(50),
    offset: z.number().int().min(0).max(100_000).default(0),
  })
  .default({ limit: 50, offset: 0 });

/** Without a county or party named, the actor's own organisation is the one to list for. */
function defaultScope(actor: Actor): { countyId?: string; partyId?: string } {
  if (isAnonymous(actor) || actor.role === "admin") return {};
  if (actor.role === "county_official") return { countyId: actor.organisationId };
  return { partyId: actor.organisationId };
}

/**
 * Agreements of a county or of a party, filtered and paged on the server. The list is
 * authorized like any one agreement with that county and party, so every agreement it
 * returns is one the actor may read. Each comes with what is committed under it (the county
 * dashboard's figure), and the list says whether the viewer may record a new agreement of
 * the county listed, and why not.
 */
export const listAgreements = procedure
  .meta({ permission: { actions: ["read_agreement"] } })
  .input(ListAgreementsInputSchema)
  .query(async ({ ctx, input }) => {
    const named = input.countyId !== undefined || input.partyId !== undefined;
    const { countyId, partyId } = named ? input : defaultScope(ctx.actor);
    const resource: Resource = { kind: "agreement", countyId: countyId ?? null };
    const party = partyId ? await findOrganisationById(ctx.db, partyId) : undefined;
    if (partyId) {
      if (!party) throw new DomainError("NOT_FOUND", { params: { kind: "organisation" } });
      if (party.kind === "regional_council") resource.councilId = party.id;
      if (party.kind === "municipality") resource.municipalityId = party.id;
    }
    ctx.authorize(resource);
    const page = await listAgreementRows(ctx.db, { ...input, countyId, partyId });
    const funds = await fundsOfAgreements(ctx.db, { agreementIds: page.items.map((item) => item.id) });
    const fundsOf = new Map(funds.agreements.map((row) => [row.agreementId, row.funds.total]));
    const county: Resource = { kind: "agreement", countyId: countyId ?? null, councilId: null, municipalityId: null };
    return {
      total: page.total,
      countyId: countyId ?? null,
      /** Whose agreements these are when listed for one party: an empty list can then say whose. */
      party: party ? { id: party.id, name: officialName(party), kind: party.kind } : null,
      items: page.items.map((item) => ({
        ...agreementView(item),
        parties: item.parties.map((party) => ({ organisationId: party.organisationId, name: party.name, kind: party.kind })),
        committed: (fundsOf.get(item.id) ?? []).map((sum) => ({ amountMinor: sum.committedMinor, currency: sum.currency })),
      })),
      viewer: { create: permitOf(ctx.actor, "manage_agreement", county) },
    };
  });
