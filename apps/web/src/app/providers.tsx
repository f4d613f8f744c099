import { QueryClientProvider } from "@tanstack/react-query";
import type { i18n } from "i18next";
import type { ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import type { Clients } from "./query-client";
import { TRPCProvider } from "./trpc";

export function Providers({ i18n, clients, children }: { i18n: i18n; clients: Clients; children: ReactNode }) {
  const { queryClient, trpcClient } = clients;
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          {children}
        </TRPCProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
