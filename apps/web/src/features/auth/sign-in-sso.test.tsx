import { describe, expect, it } from "vitest";
import { renderFromCache } from "../dashboards/render-from-cache.test-util";
import { SignInPage } from "./sign-in-page";

const PROVIDER = { id: "p1", name: "Ansattporten", startUrl: "/api/auth/oidc/p1/start" };

function render(password: "everyone" | "administrators" | "off", search = "", lang: "nb" | "en" = "nb"): string {
  return renderFromCache(
    lang,
    (trpc, client) => client.setQueryData(trpc.auth.signInOptions.queryKey({ email: "" }), { password, providers: [PROVIDER] }),
    <SignInPage search={search} />,
  );
}

describe("the sign-in page with single sign-on", () => {
  it("offers each provider as a link to its start, in the reader's language", () => {
    expect(render("everyone")).toMatch(/<a[^>]*href="\/api\/auth\/oidc\/p1\/start"[^>]*>Logg inn med Ansattporten<\/a>/);
    expect(render("everyone", "", "en")).toContain(">Sign in with Ansattporten</a>");
  });

  it("shows the password form, folds it away for administrators, or leaves it out", () => {
    expect(render("everyone")).toContain('type="password"');
    const folded = render("administrators");
    expect(folded).toContain("<details");
    expect(folded).toContain("Logg inn med passord (administratorer)");
    const off = render("off");
    expect(off).not.toContain('type="password"');
    expect(off).toContain("Organisasjonen din logger inn med sin egen innlogging.");
  });

  it("asks for a password in its introduction only where a password is the way in", () => {
    expect(render("everyone")).toContain("passord");
    const off = render("off");
    expect(off).toContain("Skriv inn e-postadressen du har på jobben, så vises innloggingen til organisasjonen din nedenfor.");
    expect(off).not.toMatch(/<p[^>]*>[^<]*passord[^<]*<\/p>/);
  });

  it("says why a single sign-on was refused, and ignores codes it does not know", () => {
    expect(render("everyone", "?sso_error=organisation_not_allowed")).toContain("Organisasjonen din logger ikke inn gjennom denne innloggingstjenesten.");
    expect(render("everyone", "?sso_error=whatever")).not.toContain('data-color="danger"');
  });
});
