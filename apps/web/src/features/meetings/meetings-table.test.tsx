import { createI18n } from "@samspill/i18n";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";
import { MeetingsTable } from "./meetings-table";
import type { MeetingListItem } from "./types";

const meeting = (id: string, councilId: string, title: string): MeetingListItem => ({
  id, councilId, body: "Regionrådet", title, heldOn: "2022-03-11", location: "", published: true, version: 1,
});

function render(councilName?: (id: string) => string | undefined) {
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n("nb", { plugins: [initReactI18next] })}>
      <MeetingsTable meetings={[meeting("m1", "hamar", "Rådsmøte mars"), meeting("m2", "sor", "Rådsmøte april")]} labelledBy="h" councilName={councilName} />
    </I18nextProvider>,
  );
}

describe("MeetingsTable", () => {
  it("names each meeting's council when several councils are listed together", () => {
    const names = new Map([["hamar", "Hamarregionen"], ["sor", "Sør-Østerdal"]]);
    const html = render((id) => names.get(id));
    expect(html).toContain('<th scope="col">Råd</th>');
    expect(html).toMatch(/Rådsmøte mars<\/a><\/th><td>Hamarregionen<\/td>/);
    expect(html).toMatch(/Rådsmøte april<\/a><\/th><td>Sør-Østerdal<\/td>/);
  });

  it("has no council column for one council's meetings", () => {
    expect(render()).not.toContain(">Råd</th>");
  });
});
