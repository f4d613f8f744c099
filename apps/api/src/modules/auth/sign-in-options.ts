import { getInstallationSettings, listIdentityProviders, listOrganisationsPasswordSignIn } from "@samspill/db";
import { z } from "zod";
import { procedure } from "../../trpc/init.js";

const SignInOptionsInputSchema = z.strictObject({ email: z.string().trim().max(320).default("") }).default({ email: "" });

/**
 * What the sign-in page offers: the providers listed for everyone and those for the domain of the
 * address typed so far, and whether the password form is shown. Where the installation has
 * password sign-in off it is for administrators only; where every organisation the domain's
 * providers serve has it off, it is hidden for that domain. Public, and says nothing about
 * whether an address has an account.
 */
export const signInOptions = procedure
  .meta({ permission: { public: true } })
  .input(SignInOptionsInputSchema)
  .query(async ({ ctx, input }) => {
    const email = input.email.toLowerCase();
    const domain = email.includes("@") ? email.slice(email.lastIndexOf("@") + 1) : "";
    const [installation, providers] = await Promise.all([getInstallationSettings(ctx.db), listIdentityProviders(ctx.db)]);
    const forDomain = providers.filter((provider) => domain !== "" && provider.emailDomains.includes(domain));
    const offered = providers.filter((provider) => provider.listed || forDomain.includes(provider));
    const served = forDomain.flatMap((provider) => provider.organisationIds);
    const organisations = await listOrganisationsPasswordSignIn(ctx.db, served);
    const domainHasNoPasswords = organisations.length > 0 && organisations.every((organisation) => !organisation.passwordSignIn);
    const password = !installation.passwordSignIn ? "administrators" : domainHasNoPasswords ? "off" : "everyone";
    return {
      password: password as "everyone" | "administrators" | "off",
      providers: offered.map((provider) => ({ id: provider.id, name: provider.name, startUrl: `/api/auth/oidc/${provider.id}/start` })),
    };
  });
