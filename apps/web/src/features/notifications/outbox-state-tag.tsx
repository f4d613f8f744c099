import { Tag } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { OutboxState } from "./types";

const COLOUR: Record<OutboxState, "success" | "danger" | "warning" | "neutral"> = {
  sent: "success",
  failed: "danger",
  held: "warning",
  pending: "neutral",
};

/** The state in words; the colour only repeats it. */
export function OutboxStateTag({ state }: { state: OutboxState }) {
  const { t } = useTranslation("notifications");
  return (
    <Tag data-color={COLOUR[state]} data-size="sm">
      {t(`outbox.states.${state}`)}
    </Tag>
  );
}
