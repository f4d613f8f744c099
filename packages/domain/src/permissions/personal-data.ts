import { type Actor, type Resource, isAnonymous } from "./actor";
import { can } from "./can";

/**
 * Whether the actor sees the people on a programme's work — a measure's responsible person, a
 * part's contact name and e-mail address. Only those who work on the programme do: whoever could
 * read it before it was published (its council's secretariat and members, its municipalities'
 * contributors, its county's officials). The public and signed-in users of unrelated
 * organisations read a published programme without them (docs/DOMAIN.md, "Personal data").
 */
export function seesPersonalData(actor: Actor, programme: Resource): boolean {
  if (isAnonymous(actor)) return false;
  return can(actor, "read_programme", { ...programme, kind: "programme", published: false }).allowed;
}

/** A measure as the actor may read it: without its responsible person unless `seesPersonalData`. */
export function measureForReader<M extends { responsiblePerson: string }>(measure: M, personal: boolean): M {
  return personal ? measure : { ...measure, responsiblePerson: "" };
}

/** A part as the actor may read it: without its contact unless `seesPersonalData`. */
export function partForReader<P extends { contactName: string; contactEmail: string | null }>(part: P, personal: boolean): P {
  return personal ? part : { ...part, contactName: "", contactEmail: null };
}
