import { router } from "../../trpc/init.js";
import { addAgendaItem } from "./add-agenda-item.js";
import { createMeeting } from "./create-meeting.js";
import { getMeeting } from "./get-meeting.js";
import { listMeetings } from "./list-meetings.js";
import { recordDecision } from "./record-decision.js";
import { removeAgendaItem } from "./remove-agenda-item.js";
import { setDecisionLinks } from "./set-decision-links.js";
import { setMeetingPublished } from "./set-meeting-published.js";
import { updateAgendaItem } from "./update-agenda-item.js";
import { updateMeeting } from "./update-meeting.js";

export const meetingsRouter = router({
  list: listMeetings,
  get: getMeeting,
  create: createMeeting,
  update: updateMeeting,
  setPublished: setMeetingPublished,
  addAgendaItem,
  updateAgendaItem,
  removeAgendaItem,
  recordDecision,
  setDecisionLinks,
});
