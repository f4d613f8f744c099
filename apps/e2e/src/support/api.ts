import type { Page } from "playwright-core";
import { expect } from "vitest";
import { baseUrl } from "./browser.js";

/**
 * A tRPC call as the signed-in browser makes it (same cookie, same-origin fetch metadata), for
 * arranging data no screen under test creates.
 */
export async function trpc<T>(page: Page, kind: "query" | "mutation", path: string, input?: unknown): Promise<T> {
  const url = new URL(`/api/trpc/${path}`, baseUrl());
  const headers = { "sec-fetch-site": "same-origin", "content-type": "application/json" };
  const response = kind === "query"
    ? await page.request.get(input === undefined ? url.toString() : `${url}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers })
    : await page.request.post(url.toString(), { headers, data: input });
  expect(response.status(), `${path}: ${await response.text()}`).toBe(200);
  return ((await response.json()) as { result: { data: T } }).result.data;
}
