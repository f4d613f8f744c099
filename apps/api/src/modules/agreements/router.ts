import { router } from "../../trpc/init.js";
import { addAgreementParty } from "./add-agreement-party.js";
import { addDialogueMeeting } from "./add-dialogue-meeting.js";
import { addObligation } from "./add-obligation.js";
import { addReportingRequirement } from "./add-reporting-requirement.js";
import { createAgreement } from "./create-agreement.js";
import { getAgreement } from "./get-agreement.js";
import { linkObligationToMeasure } from "./link-obligation-to-measure.js";
import { listAgreements } from "./list-agreements.js";
import { listMeasureOptions } from "./list-measure-options.js";
import { listAgreementPartyOptions } from "./list-party-options.js";
import { removeAgreementParty } from "./remove-agreement-party.js";
import { removeDialogueMeeting } from "./remove-dialogue-meeting.js";
import { removeFundingCommitment } from "./remove-funding-commitment.js";
import { removeObligation } from "./remove-obligation.js";
import { removeReportingRequirement } from "./remove-reporting-requirement.js";
import { setFundingCommitment } from "./set-funding-commitment.js";
import { unlinkObligationFromMeasure } from "./unlink-obligation-from-measure.js";
import { updateAgreement } from "./update-agreement.js";
import { updateAgreementParty } from "./update-agreement-party.js";
import { updateDialogueMeeting } from "./update-dialogue-meeting.js";
import { updateObligation } from "./update-obligation.js";
import { updateReportingRequirement } from "./update-reporting-requirement.js";

export const agreementsRouter = router({
  list: listAgreements,
  get: getAgreement,
  partyOptions: listAgreementPartyOptions,
  measureOptions: listMeasureOptions,
  create: createAgreement,
  update: updateAgreement,
  addParty: addAgreementParty,
  updateParty: updateAgreementParty,
  removeParty: removeAgreementParty,
  addObligation,
  updateObligation,
  removeObligation,
  setFundingCommitment,
  removeFundingCommitment,
  addReportingRequirement,
  updateReportingRequirement,
  removeReportingRequirement,
  addDialogueMeeting,
  updateDialogueMeeting,
  removeDialogueMeeting,
  linkObligationToMeasure,
  unlinkObligationFromMeasure,
});
