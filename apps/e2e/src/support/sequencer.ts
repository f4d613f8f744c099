import { BaseSequencer, type TestSpecification } from "vitest/node";

// Every browser test shares one portal. A few files change what the others read as the demo's
// state, so they run after the rest, in the order listed: the county records a fourth agreement
// (the county's walkthrough counts the demo's three); the structure import adds Hamarregionen
// drafts; the member municipality's walkthrough approves Stange's report, which rolls the parts'
// statuses up into Regional ladestruktur's (delayed, as Ringsaker's part is); Hamarregionen's
// adopts a revision of Handlingsprogram 2022–2023, superseding it; copy forward, last, adopts a
// 2024–2025 programme, which gives Stange a second programme's tasks; the budget grid, after it,
// copies the newest programme forward once more and gives that draft parts and budget lines;
// pasting seed 004's programme adds Hamarregionen's draft Handlingsprogram 2028–2029; single sign-on,
// last, registers an identity provider whose button the sign-in page shows until it is removed.
const LAST = [
  "agreements/county-agreement.spec.ts",
  "spreadsheets/structure-import.spec.ts",
  "walkthroughs/member-municipality.spec.ts",
  "walkthroughs/hamarregionen.spec.ts",
  "programmes/copy-forward.spec.ts",
  "measures/budget-grid.spec.ts",
  "entry/paste-entry.spec.ts",
  "auth/single-sign-on.spec.ts",
];

const rank = (spec: TestSpecification): number => {
  const file = spec.moduleId.replaceAll("\\", "/");
  const index = LAST.findIndex((suffix) => file.endsWith(suffix));
  return index === -1 ? -1 : index;
};

export class LastChangesLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}
