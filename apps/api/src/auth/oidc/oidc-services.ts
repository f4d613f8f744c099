import * as client from "openid-client";
import type { IdentityProviderRow } from "@samspill/db";
import type { SecretBox } from "./secret-box.js";

/** What single sign-on needs from the installation, injectable so tests reach a local provider. */
export interface OidcOptions {
  /** SAMSPILL_SECRET_KEY's box; without it client secrets can only be named environment variables. */
  secrets: SecretBox | undefined;
  /** SAMSPILL_PUBLIC_URL; without it the redirect URI is built from the request's host. */
  publicUrl: string | undefined;
  /** Where `SAMSPILL_OIDC_SECRET_*` secrets are read from (process.env). */
  env: Readonly<Record<string, string | undefined>>;
  /** The HTTP client towards providers; tests put a proxy here. */
  fetch?: client.CustomFetch;
}

const CONFIGURATION_TTL_MS = 10 * 60 * 1000;
const REQUEST_TIMEOUT_SECONDS = 10;
const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

export class ProviderNotConfigured extends Error {}

/**
 * Each provider's discovered configuration, kept ten minutes per provider version, so an edit
 * takes effect at once and a provider's new endpoints within minutes. Signing keys come from
 * the provider's JWKS; a token signed with a key not seen before makes the client fetch it
 * again, which is how key rotation is followed. A failed discovery is not kept.
 */
export class OidcServices {
  readonly #configurations = new Map<string, { at: number; configuration: Promise<client.Configuration> }>();

  constructor(readonly options: OidcOptions) {}

  configuration(provider: IdentityProviderRow, now: Date): Promise<client.Configuration> {
    const key = `${provider.id}:${provider.version}`;
    const cached = this.#configurations.get(key);
    if (cached && now.getTime() - cached.at < CONFIGURATION_TTL_MS) return cached.configuration;
    const configuration = this.#discover(provider);
    this.#configurations.set(key, { at: now.getTime(), configuration });
    configuration.catch(() => this.#configurations.delete(key));
    return configuration;
  }

  async #discover(provider: IdentityProviderRow): Promise<client.Configuration> {
    const issuer = new URL(provider.issuer);
    // Plain HTTP only towards this machine (development and the tests' local provider).
    const insecure = issuer.protocol === "http:" && LOOPBACK_HOSTS.has(issuer.hostname);
    const configuration = await client.discovery(issuer, provider.clientId, undefined, this.#clientAuth(provider), {
      ...(insecure ? { execute: [client.allowInsecureRequests] } : {}),
      ...(this.options.fetch ? { [client.customFetch]: this.options.fetch } : {}),
      timeout: REQUEST_TIMEOUT_SECONDS,
    });
    // The ID token's signature is checked against the provider's JWKS, not only trusted for
    // arriving over TLS from the token endpoint.
    client.enableNonRepudiationChecks(configuration);
    return configuration;
  }

  #clientAuth(provider: IdentityProviderRow): client.ClientAuth {
    if (provider.clientSecretEncrypted) {
      if (!this.options.secrets) throw new ProviderNotConfigured("SAMSPILL_SECRET_KEY is not set: the stored client secret cannot be read");
      return client.ClientSecretPost(this.options.secrets.open(provider.clientSecretEncrypted));
    }
    if (provider.clientSecretEnv) {
      const secret = this.options.env[provider.clientSecretEnv];
      if (!secret) throw new ProviderNotConfigured(`${provider.clientSecretEnv} is not set`);
      return client.ClientSecretPost(secret);
    }
    return client.None();
  }
}
