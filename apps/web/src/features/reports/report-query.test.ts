import type { AppRouter } from "@samspill/api";
import { QueryClient, QueryObserver } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { describe, expect, it, vi } from "vitest";
import { reportQuery } from "./report-query";

describe("reportQuery", () => {
  it("asks the server again when the page opens, even with a copy cached a moment ago", async () => {
    // The app's own default: cached answers count as fresh for 30 seconds.
    const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } });
    const trpc = createTRPCOptionsProxy<AppRouter>({
      client: createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: "http://localhost/api/trpc" })] }),
      queryClient,
    });
    const options = reportQuery(trpc, "r1");
    queryClient.setQueryData(options.queryKey, { workflowStatus: "submitted" } as never);
    const fetched = vi.fn(async () => ({ workflowStatus: "returned" }) as never);

    const observer = new QueryObserver(queryClient, { ...options, queryFn: fetched });
    const unsubscribe = observer.subscribe(() => undefined);
    await vi.waitFor(() => expect(observer.getCurrentResult().data).toEqual({ workflowStatus: "returned" }));
    unsubscribe();
    expect(fetched).toHaveBeenCalledTimes(1);
  });
});
