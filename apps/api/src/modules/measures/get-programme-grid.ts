import { z } from "zod";
import {
  findOrganisationById, findProgrammeById, listBudgetLinesOfMeasures, listMeasuresByProgramme, listMembershipsOfCouncil, listPartsOfMeasures,
} from "@samspill/db";
import { budgetGridYears, groupBy, IdSchema, yearsOutsidePeriod } from "@samspill/domain";
import { isoDay } from "../../trpc/context.js";
import { procedure } from "../../trpc/init.js";
import { placeOfOwner } from "../../trpc/locate.js";
import { currencyOfCountry } from "../spreadsheets/sheet-input.js";
import { found, measureResource } from "./measure-access.js";
import { budgetLineView } from "./measure-view.js";
import { measureViewer } from "./measure-viewer.js";

/**
 * What entering a whole programme's parts and budget needs in one answer: its measures in
 * programme order with their numbers, who already has a part in each, the council's members
 * today, the measures' own budget lines (a part's lines are on its measure's page) in the
 * years of the programme, and what the viewer may do with each measure.
 */
export const getProgrammeGrid = procedure
  .meta({ permission: { actions: ["read_programme"] } })
  .input(z.strictObject({ programmeId: IdSchema }))
  .query(async ({ ctx, input }) => {
    const programme = found(await findProgrammeById(ctx.db, input.programmeId), "programme");
    const owner = found(await findOrganisationById(ctx.db, programme.ownerId), "organisation");
    const place = placeOfOwner(owner);
    ctx.authorize({ kind: "programme", ...place, published: programme.published });
    const [measures, numbers, members] = await Promise.all([
      listMeasuresByProgramme(ctx.db, programme.id),
      ctx.measureNumbering.of(ctx.db, programme),
      owner.kind === "regional_council" ? listMembershipsOfCouncil(ctx.db, owner.id, isoDay(ctx.now())) : [],
    ]);
    const ids = measures.map((measure) => measure.id);
    const [parts, lines] = await Promise.all([listPartsOfMeasures(ctx.db, ids), listBudgetLinesOfMeasures(ctx.db, ids)]);
    const own = lines.filter((line) => line.partId === null).map(budgetLineView);
    // In programme order: the numbers are made walking the programme.
    const order = new Map([...numbers.keys()].map((id, index) => [id, index]));
    const ordered = [...measures].sort((a, b) => (order.get(a.id) ?? -1) - (order.get(b.id) ?? -1));
    const partsOf = groupBy(parts, (part) => part.measureId);
    const period = { start: programme.periodStart, end: programme.periodEnd };
    const years = budgetGridYears(period, own);
    return {
      programme: {
        id: programme.id,
        status: programme.status,
        currency: currencyOfCountry(owner.country),
        years,
        /** Those of the years outside the programme's period, there only because lines are entered for them. */
        yearsOutsidePeriod: yearsOutsidePeriod(period, years),
      },
      members: [...new Map(members.map((member) => [member.municipalityId, { id: member.municipalityId, name: member.municipalityName }])).values()],
      measures: ordered.map((measure) => {
        const viewer = measureViewer(ctx.actor, { measure, programme, place, resource: measureResource(place, measure, programme) });
        return {
          id: measure.id,
          number: numbers.get(measure.id) ?? "",
          title: measure.title,
          scope: measure.scope,
          version: measure.version,
          partMunicipalityIds: (partsOf.get(measure.id) ?? []).map((part) => part.municipalityId),
          viewer: { editBudget: viewer.editBudget, addPart: viewer.addPart },
        };
      }),
      lines: own,
    };
  });
