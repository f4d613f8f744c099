import { findIndicatorById, findOrganisationById, listMembershipHistoryOfCouncil, listPartsOfMeasure, type Executor, type IndicatorRow } from "@samspill/db";
import { assertProgrammeTakes, DomainError } from "@samspill/domain";
import { found, type Authorize } from "../measures/measure-access.js";
import { placeOfOwner, type IndicatorPlace } from "./indicator-access.js";

// Who records a value: whoever edits the indicator's goal or measure — and, on a shared
// measure, a municipality for its own figures, as it does for the rest of its part.

export interface ValueTarget {
  indicator: IndicatorRow;
  place: IndicatorPlace;
  organisationId: string;
}

export async function editableValueTarget(
  db: Executor,
  authorize: Authorize,
  indicatorId: string,
  municipalityId: string | null,
): Promise<ValueTarget> {
  const indicator = found(await findIndicatorById(db, indicatorId), "indicator");
  const place = await placeOfOwner(db, indicator);
  const ownPart = municipalityId !== null && place.measureId !== null && place.resource.scope === "shared"
    ? (await listPartsOfMeasure(db, place.measureId)).find((part) => part.municipalityId === municipalityId)
    : undefined;
  if (ownPart) {
    const { kind: _measure, scope: _scope, ...at } = place.resource;
    authorize({ ...at, kind: "measure_part", municipalityId: ownPart.municipalityId }, "edit_measure_part");
  } else {
    authorize(place.resource, place.editAction);
  }
  assertProgrammeTakes(place.programme, "indicators");
  return { indicator, place, organisationId: ownPart?.municipalityId ?? place.organisationId };
}

/**
 * A value per municipality only on indicators kept per municipality, and only for a municipality
 * of the programme: one that is or was a member of the owning council, or the municipality that
 * owns the programme itself.
 */
export async function assertValueMunicipality(db: Executor, target: ValueTarget, municipalityId: string | null): Promise<void> {
  if (municipalityId === null) return;
  const refuse = (reason: string) => new DomainError("INVALID_INPUT", { reason, params: { field: "municipalityId" } });
  if (!target.indicator.perMunicipality) throw refuse("indicator_not_per_municipality");
  const organisation = await findOrganisationById(db, municipalityId);
  if (organisation?.kind !== "municipality") throw refuse("not_a_municipality");
  const ownerId = target.place.programme.ownerId;
  if (municipalityId === ownerId) return;
  const members = await listMembershipHistoryOfCouncil(db, ownerId);
  if (!members.some((membership) => membership.municipalityId === municipalityId)) throw refuse("not_a_member_municipality");
}
