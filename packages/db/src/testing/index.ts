// Test support for every package that needs a real database: the run's database and
// factories that fill valid defaults, so a test states only what it is about.
export { getTestDb } from "./test-db.js";
export { openIsolatedDb, type IsolatedDb } from "./isolated-db.js";
export { countQueries } from "./query-counter.js";
export { uniqueCodeSpace, uniqueEmail, uniqueName } from "./factories/unique.js";
export { createCouncilWithMembers, createOrganisation, type CouncilWithMembers } from "./factories/organisations.js";
export { createUser } from "./factories/users.js";
export { createProgramme, type CreatedProgramme } from "./factories/programmes.js";
export { createMeasure, createMeasurePart } from "./factories/measures.js";
export { createReportingPeriod, createStatusReport } from "./factories/reports.js";
export { createAgreement, type CreatedAgreement } from "./factories/agreements.js";
export { createAgendaItem, createMeeting } from "./factories/meetings.js";
export { createComment } from "./factories/comments.js";
