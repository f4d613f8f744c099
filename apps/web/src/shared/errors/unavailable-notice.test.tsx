import { createI18n } from "@samspill/i18n";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";
import { UnavailableNotice } from "./unavailable-notice";

function answer(data: unknown): Error {
  return Object.assign(new Error("x"), { name: "TRPCClientError", data });
}

function render(queryClient: QueryClient): string {
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n("nb", { plugins: [initReactI18next] })}>
      <QueryClientProvider client={queryClient}>
        <UnavailableNotice />
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

function retrying(queryClient: QueryClient, reason: Error) {
  const query = queryClient.getQueryCache().build(queryClient, { queryKey: ["page", reason.message] });
  query.setState({ fetchStatus: "fetching", fetchFailureCount: 1, fetchFailureReason: reason });
}

describe("UnavailableNotice", () => {
  it("says the portal is away for a moment while a page asks again after a 503", () => {
    const queryClient = new QueryClient();
    expect(render(queryClient)).toBe('<div role="status" class="unavailable-notice"></div>');
    retrying(queryClient, answer({ code: "NOT_FOUND", domainCode: "NOT_FOUND" }));
    expect(render(queryClient)).not.toContain("midlertidig");
    retrying(queryClient, answer({ code: "SERVICE_UNAVAILABLE", domainCode: "UNAVAILABLE" }));
    expect(render(queryClient)).toContain("Samspill er midlertidig utilgjengelig. Vi prøver igjen automatisk …");
  });
});
