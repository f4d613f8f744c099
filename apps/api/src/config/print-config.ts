import { readConfig } from "./env.js";

// `pnpm config`: the configuration this process would start with, as one JSON line. The
// settings test runs it through turbo, the way `pnpm start` runs the server.
process.stdout.write(`SAMSPILL_CONFIG ${JSON.stringify(readConfig())}\n`);
