import type { AppRouter } from "@samspill/api";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

type Outputs = inferRouterOutputs<AppRouter>;
type Inputs = inferRouterInputs<AppRouter>;
export type ProviderItem = Outputs["identityProviders"]["list"][number];
type CreateInput = Inputs["identityProviders"]["create"];
type UpdateInput = Inputs["identityProviders"]["update"];
type SsoRole = NonNullable<CreateInput["newUserRole"]>;

/** The provider form's fields as the inputs hold them; the organisations served are a list beside them. */
export interface ProviderFormValues extends Record<string, string> {
  name: string;
  issuer: string;
  clientId: string;
  /** "keep" (on edit), "none", "stored" or "environment". */
  secretKind: string;
  secretValue: string;
  secretEnv: string;
  scopes: string;
  acrValues: string;
  emailClaim: string;
  nameClaim: string;
  emailDomains: string;
  listed: string;
  createUsers: string;
  newUserRole: string;
  newUserOrganisationId: string;
}

export function blankProviderValues(): ProviderFormValues {
  return {
    name: "", issuer: "https://", clientId: "", secretKind: "environment", secretValue: "", secretEnv: "SAMSPILL_OIDC_SECRET_",
    scopes: "openid profile email", acrValues: "", emailClaim: "email", nameClaim: "name", emailDomains: "", listed: "true",
    createUsers: "false", newUserRole: "", newUserOrganisationId: "",
  };
}

export function providerValues(provider: ProviderItem): ProviderFormValues {
  return {
    name: provider.name, issuer: provider.issuer, clientId: provider.clientId, secretKind: "keep", secretValue: "",
    secretEnv: provider.clientSecret.kind === "environment" ? provider.clientSecret.name : "SAMSPILL_OIDC_SECRET_",
    scopes: provider.scopes, acrValues: provider.acrValues ?? "", emailClaim: provider.emailClaim, nameClaim: provider.nameClaim,
    emailDomains: provider.emailDomains.join(", "), listed: String(provider.listed), createUsers: String(provider.createUsers),
    newUserRole: provider.newUserRole ?? "", newUserOrganisationId: provider.newUserOrganisationId ?? "",
  };
}

function clientSecret(values: ProviderFormValues): UpdateInput["clientSecret"] {
  switch (values.secretKind) {
    case "stored":
      return { kind: "stored", value: values.secretValue };
    case "environment":
      return { kind: "environment", name: values.secretEnv.trim() };
    case "none":
      return { kind: "none" };
    default:
      return { kind: "keep" };
  }
}

/** What the form sends: the same fields for a new provider and a changed one. */
export function providerInput(values: ProviderFormValues, organisationIds: readonly string[]) {
  const createUsers = values.createUsers === "true";
  return {
    name: values.name,
    issuer: values.issuer.trim(),
    clientId: values.clientId,
    scopes: values.scopes.trim().split(/\s+/).join(" "),
    acrValues: values.acrValues.trim() || null,
    emailClaim: values.emailClaim,
    nameClaim: values.nameClaim,
    emailDomains: values.emailDomains.split(/[\s,;]+/).filter(Boolean),
    listed: values.listed === "true",
    organisationIds: [...organisationIds],
    createUsers,
    newUserRole: createUsers && values.newUserRole ? (values.newUserRole as SsoRole) : null,
    newUserOrganisationId: createUsers && values.newUserOrganisationId ? values.newUserOrganisationId : null,
    clientSecret: clientSecret(values),
  } satisfies Omit<UpdateInput, "id" | "version">;
}

export function createInput(values: ProviderFormValues, organisationIds: readonly string[]): CreateInput {
  const input = providerInput(values, organisationIds);
  const secret = input.clientSecret.kind === "keep" ? ({ kind: "none" } as const) : input.clientSecret;
  return { ...input, clientSecret: secret };
}
