import { chromium } from "playwright-core";
const BASE = "http://127.0.0.1:3917";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
async function session(email) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${BASE}/`);
  const r = await page.request.post(`${BASE}/api/trpc/auth.signIn`, { data: { email, password: "samspill-demo" }, headers: { "sec-fetch-site": "same-origin", "content-type": "application/json" } });
  if (!r.ok()) throw new Error(await r.text());
  return page;
}
const [what, email, path, out, text] = process.argv.slice(2);
const page = await session(email);
await page.goto(`${BASE}${path}`);
if (text) await page.getByText(text).first().waitFor({ timeout: 20000 });
await page.waitForTimeout(1500);
if (what === "section" || what === "table") {
  const el = what === "table" ? page.getByRole("table").filter({ hasText: text }).first() : page.getByRole("region", { name: text }).first();
  await el.screenshot({ path: out });
} else await page.screenshot({ path: out, fullPage: true });
await browser.close();
