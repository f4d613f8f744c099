import { Button, Checkbox, Fieldset, Paragraph, Select } from "@digdir/designsystemet-react";
import type { DecisionLink } from "@samspill/domain";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import type { DecisionLinkView } from "./types";
import { measuresOfTree } from "./decision-links";

interface DecisionLinksPickerProps {
  idPrefix: string;
  councilId: string;
  value: readonly DecisionLink[];
  onChange: (links: DecisionLink[]) => void;
  /** Titles of what is linked already (from the meeting), for links outside the programme on show. */
  known?: readonly DecisionLinkView[];
}

const same = (a: DecisionLink, b: DecisionLink) => a.kind === b.kind && a.id === b.id;

/**
 * What a decision concerns: one of the council's programme versions and its numbered measures,
 * and the partnership agreements the council is a party to. What is chosen is listed on top,
 * each with a button to take it out.
 */
export function DecisionLinksPicker({ idPrefix, councilId, value, onChange, known = [] }: DecisionLinksPickerProps) {
  const { t } = useTranslation("meetings");
  const trpc = useTRPC();
  const programmes = useQuery(trpc.programmes.listByOwner.queryOptions({ ownerId: councilId, limit: 100, offset: 0 }));
  const agreements = useQuery(trpc.agreements.list.queryOptions({ partyId: councilId, limit: 100, offset: 0 }));
  const [programmeId, setProgrammeId] = useState("");
  const shownId = programmeId || programmes.data?.items[0]?.id || "";
  const tree = useQuery({ ...trpc.programmes.get.queryOptions({ id: shownId }), enabled: shownId !== "" });
  const measures = tree.data ? measuresOfTree(tree.data) : [];

  const titles = new Map<string, string>(known.map((link) => [`${link.kind}:${link.id}`, link.title]));
  for (const programme of programmes.data?.items ?? []) titles.set(`programme:${programme.id}`, programme.title);
  for (const measure of measures) titles.set(`measure:${measure.id}`, `${measure.number} ${measure.title}`);
  for (const agreement of agreements.data?.items ?? []) titles.set(`agreement:${agreement.id}`, agreement.title);

  const has = (link: DecisionLink) => value.some((chosen) => same(chosen, link));
  const toggle = (link: DecisionLink, on: boolean) => onChange(on ? [...value, link] : value.filter((chosen) => !same(chosen, link)));
  const box = (link: DecisionLink, label: string) => (
    <Checkbox key={`${link.kind}:${link.id}`} label={label} value={link.id} checked={has(link)} onChange={(event) => toggle(link, event.target.checked)} />
  );

  return (
    <Fieldset>
      <Fieldset.Legend>{t("links.legend")}</Fieldset.Legend>
      {value.length === 0 ? (
        <Paragraph data-size="sm">{t("links.none")}</Paragraph>
      ) : (
        <ul className="decision-links">
          {value.map((link) => {
            const title = titles.get(`${link.kind}:${link.id}`) ?? "";
            return (
              <li key={`${link.kind}:${link.id}`}>
                <span className="meta">{t(`links.kind.${link.kind}`)}:</span> {title}{" "}
                <Button type="button" variant="tertiary" data-size="sm" aria-label={t("links.removeNamed", { title })} onClick={() => toggle(link, false)}>
                  {t("links.remove")}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      {(programmes.data?.items.length ?? 0) > 0 && (
        <div className="stack">
          <label htmlFor={`${idPrefix}-programme`}>{t("links.programme")}</label>
          <Select id={`${idPrefix}-programme`} value={shownId} onChange={(event) => setProgrammeId(event.target.value)}>
            {programmes.data?.items.map((programme) => (
              <Select.Option key={programme.id} value={programme.id}>
                {t("links.programmeOption", { title: programme.title, revision: programme.revision })}
              </Select.Option>
            ))}
          </Select>
          {tree.data && box({ kind: "programme", id: tree.data.id }, t("links.programmeItself", { title: tree.data.title }))}
          {measures.map((measure) => box({ kind: "measure", id: measure.id }, `${measure.number} ${measure.title}`))}
        </div>
      )}
      {(agreements.data?.items.length ?? 0) > 0 && (
        <Fieldset>
          <Fieldset.Legend>{t("links.agreements")}</Fieldset.Legend>
          {agreements.data?.items.map((agreement) => box({ kind: "agreement", id: agreement.id }, agreement.title))}
        </Fieldset>
      )}
    </Fieldset>
  );
}
