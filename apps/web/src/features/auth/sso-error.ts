import { SSO_ERRORS, type SsoError } from "@samspill/domain";

export const SSO_ERROR_PARAM = "sso_error";

/** Why the server sent the browser back from a single sign-on, if it did; unknown codes are ignored. */
export function readSsoError(search: string): SsoError | undefined {
  const code = new URLSearchParams(search).get(SSO_ERROR_PARAM);
  return SSO_ERRORS.find((known) => known === code);
}

/** Only the domain of the address typed goes to the server, to find its providers. */
export function domainQuery(address: string): string {
  const at = address.lastIndexOf("@");
  const domain = at >= 0 ? address.slice(at + 1).trim().toLowerCase() : "";
  return /^([a-z0-9-]+\.)+[a-z]{2,}$/.test(domain) ? `@${domain}` : "";
}
