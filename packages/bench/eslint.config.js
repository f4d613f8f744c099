import { node } from "@samspill/tooling/eslint";

export default node;
