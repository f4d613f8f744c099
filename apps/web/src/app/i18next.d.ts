import type { Resources } from "@samspill/i18n";

// Typed keys: `t("errors.NOT_FUOND")` or a key missing from the resources fails to compile.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: Resources;
  }
}
