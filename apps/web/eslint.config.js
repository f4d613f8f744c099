import { react } from "@samspill/tooling/eslint";

export default react;
