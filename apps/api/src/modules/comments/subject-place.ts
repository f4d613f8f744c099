import {
  findMeasureById, findMeasurePartById, findOrganisationById, findProgrammeById, findStatusReportById,
  type Executor, type MeasureRow,
} from "@samspill/db";
import { DomainError } from "@samspill/domain";
import { locateOwner } from "../../trpc/locate.js";

/** Subjects that hang under a programme, and so are placed by the programme's owner. */
export const PROGRAMME_SUBJECT_TYPES = ["programme", "measure", "measure_part", "status_report"] as const;
export type ProgrammeSubjectType = (typeof PROGRAMME_SUBJECT_TYPES)[number];

/** Where a subject sits for the permission rules: the owner's council and county, and the municipality if any. */
export interface SubjectPlace {
  councilId: string;
  municipalityId: string | null;
  countyId: string | null;
  /** Whether the programme is published; comments and audit logs never are. */
  published: boolean;
}

function notFound(kind: string): DomainError {
  return new DomainError("NOT_FOUND", { params: { kind } });
}

async function placeOfProgramme(db: Executor, programmeId: string): Promise<SubjectPlace> {
  const programme = await findProgrammeById(db, programmeId);
  if (!programme) throw notFound("programme");
  return { ...(await locateOwner(db, programme.ownerId)), published: programme.published };
}

/** A local measure may be owned by one member municipality within the council's programme. */
async function placeOfMeasure(db: Executor, measure: MeasureRow): Promise<SubjectPlace> {
  const place = await placeOfProgramme(db, measure.programmeId);
  if (place.municipalityId !== null || measure.ownerId === place.councilId) return place;
  const owner = await findOrganisationById(db, measure.ownerId);
  return owner?.kind === "municipality" ? { ...place, municipalityId: owner.id } : place;
}

async function placeOfPart(db: Executor, partId: string): Promise<SubjectPlace> {
  const part = await findMeasurePartById(db, partId);
  if (!part) throw notFound("measure_part");
  const measure = await findMeasureById(db, part.measureId);
  if (!measure) throw notFound("measure");
  return { ...(await placeOfMeasure(db, measure)), municipalityId: part.municipalityId };
}

/**
 * Resolves a subject to the council, municipality and county that own it: a measure through
 * its programme's owner, a part through its measure plus the part's municipality, a status
 * report through its part or measure. Unknown ids are NOT_FOUND.
 */
export async function locateSubject(db: Executor, subjectType: ProgrammeSubjectType, subjectId: string): Promise<SubjectPlace> {
  switch (subjectType) {
    case "programme":
      return placeOfProgramme(db, subjectId);
    case "measure": {
      const measure = await findMeasureById(db, subjectId);
      if (!measure) throw notFound("measure");
      return placeOfMeasure(db, measure);
    }
    case "measure_part":
      return placeOfPart(db, subjectId);
    case "status_report": {
      const report = await findStatusReportById(db, subjectId);
      if (!report) throw notFound("status_report");
      if (report.partId !== null) return placeOfPart(db, report.partId);
      const measure = await findMeasureById(db, report.measureId);
      if (!measure) throw notFound("measure");
      return placeOfMeasure(db, measure);
    }
  }
}
