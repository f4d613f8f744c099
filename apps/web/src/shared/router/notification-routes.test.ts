import { describe, expect, it } from "vitest";
import { matchNotificationRoute, notificationHref } from "./notification-routes";
import { matchRoute } from "./routes";

describe("matchNotificationRoute", () => {
  it("matches the settings page, the outbox and one message", () => {
    expect(matchNotificationRoute("/settings/notifications")).toEqual({ name: "notificationSettings" });
    expect(matchNotificationRoute("/admin/outbox")).toEqual({ name: "adminOutbox" });
    expect(matchNotificationRoute("/admin/outbox/m%201")).toEqual({ name: "adminOutboxMessage", id: "m 1" });
  });

  it("leaves other paths alone and refuses malformed ids", () => {
    expect(matchNotificationRoute("/settings")).toBeNull();
    expect(matchNotificationRoute("/admin/outbox/a/b")).toBeNull();
    expect(matchNotificationRoute("/admin/outbox/%E0%A4%A")).toBe("notFound");
  });

  it("round-trips through notificationHref and the app's router", () => {
    for (const route of [{ name: "notificationSettings" }, { name: "adminOutbox" }, { name: "adminOutboxMessage", id: "x/y" }] as const) {
      expect(matchNotificationRoute(notificationHref(route))).toEqual(route);
      expect(matchRoute(notificationHref(route))).toEqual(route);
    }
  });
});
