// The public API of @samspill/domain: pure types, schemas and rules, no I/O.

export * from "./shared/enums";
export * from "./shared/errors";
export * from "./shared/primitives";
export * from "./shared/dates";
export * from "./shared/money";
export * from "./shared/subject";
export * from "./shared/collections";
export * from "./shared/field-issues";
export * from "./shared/pasted-lines";

export * from "./organisations/organisation";
export * from "./organisations/organisation-code";
export * from "./organisations/membership";
export * from "./organisations/official-name";

export * from "./agreements/agreement";
export * from "./agreements/obligation";
export * from "./agreements/agreement-rules";
export * from "./agreements/measure-versions";

export * from "./programmes/strategy";
export * from "./programmes/programme";
export * from "./programmes/focus-area";
export * from "./programmes/lifecycle";
export * from "./programmes/change-rules";
export * from "./programmes/revision";
export * from "./programmes/copy-forward";
export * from "./programmes/diff";
export * from "./programmes/paste";

export * from "./measures/status";
export * from "./measures/measure";
export * from "./measures/measure-part";
export * from "./measures/budget-line";
export * from "./measures/roll-up";
export * from "./measures/measure-rules";
export * from "./measures/budget-totals";
export * from "./measures/budget-grid";
export * from "./measures/numbering";

export * from "./indicators/indicator";
export * from "./indicators/source-binding";

export * from "./reports/reporting-period";
export * from "./reports/status-report";
export * from "./reports/workflow";
export * from "./reports/report-spending";

export * from "./figures/funds";
export * from "./figures/measure-funds";
export * from "./figures/reporting";
export * from "./figures/measure-status";
export * from "./figures/programme-scope";

export * from "./meetings/meeting";

export * from "./users/user";
export * from "./users/identity-provider";
export * from "./users/sso-errors";

export * from "./permissions/actor";
export * from "./permissions/table";
export * from "./permissions/can";
export * from "./permissions/permit";
export * from "./permissions/personal-data";
export * from "./permissions/work-areas";
