import type { AppRouter } from "@samspill/api";
import { createI18n, type Language } from "@samspill/i18n";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";
import { TRPCProvider } from "../../app/trpc";
import { SignInPage } from "./sign-in-page";

function render(lang: Language, search = ""): string {
  const queryClient = new QueryClient();
  const trpcClient = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: "http://localhost/api/trpc" })] });
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n(lang, { plugins: [initReactI18next] })}>
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          <SignInPage search={search} />
        </TRPCProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

function inputFor(html: string, label: string): string {
  const id = new RegExp(`<label[^>]*for="([^"]+)"[^>]*>${label}</label>`).exec(html)?.[1];
  expect(id, `a label "${label}" tied to an input`).toBeDefined();
  const input = new RegExp(`<input[^>]*id="${id}"[^>]*>`).exec(html)?.[0];
  expect(input, `the input labelled "${label}"`).toBeDefined();
  return input ?? "";
}

describe("SignInPage", () => {
  it("has one h1 and labelled fields that password managers recognise", () => {
    const html = render("nb");
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(html).toMatch(/<h1[^>]*>Logg inn<\/h1>/);
    expect(inputFor(html, "E-postadresse")).toContain('autoComplete="username"');
    const password = inputFor(html, "Passord");
    expect(password).toContain('type="password"');
    expect(password).toContain('autoComplete="current-password"');
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>.*Logg inn.*<\/button>/);
  });

  it("explains that the session ended when sent here for that reason", () => {
    expect(render("nb", "?returnTo=%2Fprogrammes%2Fp1&reason=session_ended")).toContain("Økten din er avsluttet");
    expect(render("nb", "?returnTo=%2Fprogrammes%2Fp1")).not.toContain("Økten din er avsluttet");
  });

  it("speaks Swedish", () => {
    const html = render("sv", "?reason=session_ended");
    expect(html).toMatch(/<h1[^>]*>Logga in<\/h1>/);
    expect(inputFor(html, "Lösenord")).toContain('type="password"');
    expect(html).toContain("Din session har avslutats");
  });
});
