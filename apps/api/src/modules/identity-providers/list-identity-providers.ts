import { listIdentityProviders } from "@samspill/db";
import { procedure } from "../../trpc/init.js";
import { providerView } from "./provider-view.js";

export const listProviders = procedure.meta({ permission: { actions: ["manage_users"] } }).query(async ({ ctx }) => {
  ctx.authorize({ kind: "user" });
  return (await listIdentityProviders(ctx.db)).map(providerView);
});
