import fc from "fast-check";

// Hand-written arbitraries for input an attacker or a broken client would send: wrong types,
// near-valid objects with hostile values, injection strings, absurd sizes.

const hostileStrings = fc.constantFrom(
  "", " ", "'; DROP TABLE measure; --", "\" OR 1=1 --", "<script>alert(1)</script>", "../../etc/passwd",
  "\u0000", "\uFEFF", "😀".repeat(50), "a".repeat(10_001), "NaN", "null", "2024-02-30", "9999-99-99",
  "00000000-0000-0000-0000-000000000000", "{{constructor.constructor('return 1')()}}", "%s%s%s", "1e309",
);

const hostileNumbers = fc.constantFrom(
  -1, -0.5, 0.5, 1.5, 101, -2147483649, 2147483648, Number.MAX_SAFE_INTEGER + 2, 1e21, -1e21, 1900, 2201,
);

const scalar = fc.oneof(
  hostileStrings,
  hostileNumbers,
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.uuid(),
);

// Field names the procedures use, so a near-valid object reaches past the first checks.
const fieldNames = fc.constantFrom(
  "id", "version", "title", "name", "programmeId", "measureId", "partId", "periodId", "councilId",
  "municipalityId", "organisationId", "agreementId", "focusAreaId", "parentId", "goalId", "userId",
  "amountMinor", "currency", "year", "status", "progress", "startDate", "endDate", "periodStart",
  "periodEnd", "validFrom", "validTo", "code", "country", "kind", "role", "email", "comment", "body",
  "narrative", "scope", "sdgGoals", "deadline", "caseNumber", "published", "subjectType", "subjectId",
  "__proto__", "constructor", "limit", "offset",
);

const nearValidObject = fc.dictionary(fieldNames, fc.oneof(scalar, fc.array(scalar, { maxLength: 3 })), {
  maxKeys: 8,
});

/** Input for one hostile call. */
export const hostileInput: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: nearValidObject },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 1, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(nearValidObject, { maxLength: 3 }) },
);
