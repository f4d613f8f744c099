import * as client from "openid-client";
import type { IdentityProviderRow, OidcPendingSignInRow } from "@samspill/db";
import { SsoRefusal } from "./sso-refusal.js";

export interface CodeExchange {
  currentUrl: URL;
  redirectUri: string;
  state: string;
  pending: OidcPendingSignInRow;
}

/**
 * Exchanges the code and validates the ID token: openid-client checks the issuer, the audience,
 * the signature against the provider's JWKS, expiry, the nonce, the state and PKCE; here the
 * returned `acr` is held to the `acr_values` asked for, when any were.
 */
export async function validatedClaims(
  configuration: client.Configuration,
  provider: IdentityProviderRow,
  exchange: CodeExchange,
): Promise<{ claims: Record<string, unknown>; idToken: string }> {
  let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
  try {
    tokens = await client.authorizationCodeGrant(
      configuration,
      exchange.currentUrl,
      {
        pkceCodeVerifier: exchange.pending.codeVerifier,
        expectedState: exchange.state,
        expectedNonce: exchange.pending.nonce,
        idTokenExpected: true,
      },
      { redirect_uri: exchange.redirectUri },
    );
  } catch (error) {
    throw new SsoRefusal(refusalOf(error), { cause: error });
  }
  const claims = tokens.claims();
  if (!claims || !tokens.id_token) throw new SsoRefusal("token_invalid");
  const accepted = provider.acrValues?.split(" ").filter(Boolean) ?? [];
  if (accepted.length > 0 && !accepted.includes(String(claims.acr ?? ""))) throw new SsoRefusal("acr_mismatch");
  return { claims: { ...claims }, idToken: tokens.id_token };
}

/** What went wrong in the exchange: the provider unreachable, the code refused, or the token not valid. */
function refusalOf(error: unknown): "provider_unavailable" | "code_rejected" | "token_invalid" {
  if (error instanceof client.ResponseBodyError) return "code_rejected";
  if (error instanceof client.ClientError && error.code === "OAUTH_TIMEOUT") return "provider_unavailable";
  if (error instanceof TypeError || (error instanceof Error && error.cause instanceof TypeError)) return "provider_unavailable";
  return "token_invalid";
}
