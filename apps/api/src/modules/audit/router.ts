import { router } from "../../trpc/init.js";
import { listForOrganisation } from "./list-for-organisation.js";
import { listForSubject } from "./list-for-subject.js";

export const auditRouter = router({ listForSubject, listForOrganisation });
