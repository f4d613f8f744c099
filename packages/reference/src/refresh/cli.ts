import { parseArgs } from "node:util";
import { isIsoDate, today } from "../dates.js";
import { referenceDataDir } from "../files.js";
import { LIST_COUNTRIES, type ListCountry } from "../lists.js";
import { describeList, refreshReferenceLists } from "./refresh.js";

// `pnpm --filter @samspill/reference refresh [--from 2020-01-01] [--date YYYY-MM-DD]
// [--country NO|SE] [--ssb-url …] [--scb-url …] [--out <dir>]`: fetches the official lists
// from SSB KLASS and SCB and writes them into data/ (or --out). See ../../README.md.

const usage = `Usage: refresh [--from 2020-01-01] [--date YYYY-MM-DD] [--country NO|SE …] [--ssb-url <url>] [--scb-url <url>] [--out <dir>]
  --from     first day of the history (default 2020-01-01)
  --date     the day the lists are to be valid on (default today)
  --country  only this country's list; repeat for both (default NO and SE)
  --ssb-url  base address of SSB (default https://data.ssb.no)
  --scb-url  base address of SCB (default https://api.scb.se)
  --out      folder to write the lists into (default this package's data/)`;

try {
  const { values } = parseArgs({
    options: {
      from: { type: "string", default: "2020-01-01" },
      date: { type: "string", default: today() },
      country: { type: "string", multiple: true },
      "ssb-url": { type: "string" },
      "scb-url": { type: "string" },
      out: { type: "string", default: referenceDataDir },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
  } else {
    for (const [flag, value] of [["--from", values.from], ["--date", values.date]] as const) {
      if (!isIsoDate(value)) throw new RangeError(`${flag} must be a date YYYY-MM-DD, got "${value}"`);
    }
    const countries = (values.country ?? [...LIST_COUNTRIES]).map((country) => {
      if (!(LIST_COUNTRIES as readonly string[]).includes(country)) throw new RangeError(`--country must be NO or SE, got "${country}"`);
      return country as ListCountry;
    });
    const summary = await refreshReferenceLists({
      dataDir: values.out, countries, from: values.from, date: values.date,
      ssbUrl: values["ssb-url"], scbUrl: values["scb-url"],
    });
    for (const list of summary.lists) process.stdout.write(`${describeList(list)}\n`);
    process.stdout.write(`Wrote ${summary.written.join(", ")} in ${values.out}\n`);
  }
} catch (error) {
  process.stderr.write(`Refreshing the reference lists failed: ${error instanceof Error ? error.message : String(error)}\n\n${usage}\n`);
  process.exitCode = 1;
}
