// The user's own notice settings, and the admin's outbox of e-mails.

export type NotificationRoute =
  | { name: "notificationSettings" }
  | { name: "adminOutbox" }
  | { name: "adminOutboxMessage"; id: string };

const MESSAGE = /^\/admin\/outbox\/([^/]+)$/;

/** A notification route, "notFound" for a malformed id, null for any other path. */
export function matchNotificationRoute(path: string): NotificationRoute | "notFound" | null {
  if (path === "/settings/notifications") return { name: "notificationSettings" };
  if (path === "/admin/outbox") return { name: "adminOutbox" };
  const message = MESSAGE.exec(path);
  if (!message?.[1]) return null;
  try {
    return { name: "adminOutboxMessage", id: decodeURIComponent(message[1]) };
  } catch {
    // A malformed escape such as %E0%A4%A cannot name any message.
    return "notFound";
  }
}

export function notificationHref(route: NotificationRoute): string {
  switch (route.name) {
    case "notificationSettings":
      return "/settings/notifications";
    case "adminOutbox":
      return "/admin/outbox";
    case "adminOutboxMessage":
      return `/admin/outbox/${encodeURIComponent(route.id)}`;
  }
}
