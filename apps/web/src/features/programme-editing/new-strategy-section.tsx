import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { NewStrategyForm } from "./new-strategy-form";

/**
 * A strategy is optional and rarely new, so its form stays folded until asked for. A strategy
 * written here is meant for the programme below: `onCreated` lets the page choose it there.
 */
export function NewStrategySection({ councilId, onCreated }: { councilId: string; onCreated: (strategy: { id: string }) => void }) {
  const { t } = useTranslation("programme-editing");
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={2} data-size="sm" id={headingId}>
        {t("newStrategy.section")}
      </Heading>
      <Paragraph>{t("newStrategy.intro")}</Paragraph>
      <div role="status">
        {created && (
          <Alert data-color="success">
            <Paragraph>{t("newStrategy.created", { title: created })}</Paragraph>
          </Alert>
        )}
      </div>
      {open ? (
        <NewStrategyForm councilId={councilId} onCancel={() => setOpen(false)}
          onCreated={(strategy) => { setOpen(false); setCreated(strategy.title); onCreated(strategy); }} />
      ) : (
        <div>
          <Button type="button" variant="secondary" data-size="sm" onClick={() => { setCreated(null); setOpen(true); }}>
            {t("newStrategy.open")}
          </Button>
        </div>
      )}
    </section>
  );
}
