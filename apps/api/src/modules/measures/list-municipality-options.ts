import { z } from "zod";
import {
  findProgrammeById, listMembershipHistoryOfCouncil, listMunicipalitiesWithMeasures, listOrganisationsByIds,
} from "@samspill/db";
import { IdSchema, localDate, memberOptions } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { locateOwner } from "../../trpc/locate.js";
import { found } from "./measure-access.js";

/**
 * The municipalities to filter a programme's measures by: the owning council's members today,
 * and former members (or the owning municipality itself) only where they have measures or parts
 * in it, each once, by name. A former member carries its membership dates for its label.
 */
export const listMunicipalityOptions = procedure
  .meta({ permission: { actions: ["read_programme"] } })
  .input(z.strictObject({ programmeId: IdSchema }))
  .query(async ({ ctx, input }) => {
    const programme = found(await findProgrammeById(ctx.db, input.programmeId), "programme");
    const place = await locateOwner(ctx.db, programme.ownerId);
    ctx.authorize({ kind: "programme", ...place, published: programme.published });
    const today = localDate(ctx.now());
    const [history, withMeasures] = await Promise.all([
      listMembershipHistoryOfCouncil(ctx.db, programme.ownerId),
      listMunicipalitiesWithMeasures(ctx.db, programme.id),
    ]);
    // A municipality that owns its programme (Vimmerby) is its own one member.
    const own = place.municipalityId ? [{ councilId: place.councilId, municipalityId: place.municipalityId, validFrom: today, validTo: null }] : [];
    const options = memberOptions([...own, ...history], withMeasures, today);
    const names = await listOrganisationsByIds(ctx.db, options.map((option) => option.municipalityId));
    const byId = new Map(options.map((option) => [option.municipalityId, option]));
    return {
      items: names.flatMap((municipality) => {
        const option = byId.get(municipality.id);
        return option ? [{ id: municipality.id, name: municipality.name, code: municipality.code, current: option.current, membership: option.membership }] : [];
      }),
    };
  });
