import { Button, Heading } from "@digdir/designsystemet-react";
import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { EndSessions } from "./end-sessions";
import { SsoUserIdentities } from "./sso-user-identities";
import type { UserListItem } from "./types";
import { UserEditForm } from "./user-edit-form";
import { UserPasswordForm } from "./user-password-form";

/** Everything an admin does to one user: role, language and access; password; sessions. */
export function UserPanel({ user, onClose }: { user: UserListItem; onClose: () => void }) {
  const { t } = useTranslation("admin");
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening the panel moves focus to it, so keyboard and screen reader users land in it.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby={headingId} className="stack admin-panel">
      <Heading level={2} data-size="sm" id={headingId} ref={heading} tabIndex={-1}>
        {t("user.heading", { name: user.name })}
      </Heading>
      <UserEditForm user={user} />
      <UserPasswordForm user={user} />
      <EndSessions user={user} />
      <SsoUserIdentities user={user} />
      <div>
        <Button type="button" variant="tertiary" onClick={onClose}>
          {t("user.close")}
        </Button>
      </div>
    </section>
  );
}
