import { findOrganisationById, type Executor, type UserRow } from "@samspill/db";
import type { Actor } from "@samspill/domain";

/** What the client needs to know about who is signed in: person, organisation, reach. */
export async function currentUserView(db: Executor, user: UserRow, actor: Actor) {
  const organisation = await findOrganisationById(db, user.organisationId);
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    language: user.language,
    organisation: organisation
      ? {
          id: organisation.id,
          name: organisation.name,
          kind: organisation.kind,
          country: organisation.country,
          languageForm: organisation.languageForm,
        }
      : null,
    scope: actor.role === "public" ? null : actor.scope,
  };
}
