import { router } from "../../trpc/init.js";
import { createStrategy } from "./create-strategy.js";
import { getStrategy } from "./get-strategy.js";
import { listStrategies } from "./list-strategies.js";
import { setStrategyPublished } from "./set-strategy-published.js";
import { updateStrategy } from "./update-strategy.js";

export const strategiesRouter = router({
  list: listStrategies,
  get: getStrategy,
  create: createStrategy,
  update: updateStrategy,
  setPublished: setStrategyPublished,
});
