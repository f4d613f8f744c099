// scratch explorer (not committed)
import { chromium } from "playwright-core";
const [,, email, ...steps] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless","--no-sandbox","--disable-gpu"] });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: process.env.LOC ?? "nb-NO" });
const page = await ctx.newPage();
await page.goto("http://127.0.0.1:4791/");
if (email !== "-") {
  await page.getByRole("banner").getByRole("link", { name: /Logg inn|Logga in/ }).click();
  await page.getByLabel(/E-postadress/).fill(email);
  await page.getByLabel(/Passord|Lösenord/).fill("samspill-demo");
  await page.getByRole("main").getByRole("button", { name: /Logg inn|Logga in/ }).click();
  await page.getByRole("banner").getByRole("button", { name: /Logg ut|Logga ut/ }).waitFor();
}
for (const step of steps) {
  const [kind, arg] = step.split("::");
  if (kind === "link") await page.getByRole("link", { name: arg }).first().click();
  if (kind === "linkx") await page.getByRole("link", { name: arg, exact: true }).first().click();
  if (kind === "button") await page.getByRole("button", { name: arg }).first().click();
  if (kind === "xlsx") {
    const [d] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: arg }).first().click()]);
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook(); await wb.xlsx.load(await (await import("node:fs/promises")).readFile(await d.path()));
    for (const ws of wb.worksheets) { console.log("SHEET", ws.name); ws.eachRow((r) => console.log(JSON.stringify(r.values.slice(1)))); }
  }
  if (kind === "wait") await page.getByText(arg).first().waitFor();
  await page.waitForLoadState("networkidle");
}
await page.waitForTimeout(800);
console.log(page.url());
console.log(await page.locator("body").ariaSnapshot());
await page.screenshot({ path: "/tmp/walkx/last.png", fullPage: true });
await browser.close();
