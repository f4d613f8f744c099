import { Label, Select } from "@digdir/designsystemet-react";
import { LANGUAGES, isLanguage } from "@samspill/i18n";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "./use-language";

/** A labelled native select: keyboard and screen-reader support come with the element. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  const id = useId();
  return (
    <div className="language-switcher">
      <Label htmlFor={id} data-size="sm">
        {t("language.label")}
      </Label>
      <Select
        id={id}
        data-size="sm"
        width="auto"
        value={language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) setLanguage(event.target.value);
        }}
      >
        {LANGUAGES.map((lang) => (
          // Each language is named in itself, and marked so screen readers pronounce it right.
          <Select.Option key={lang} value={lang} lang={lang}>
            {t(`language.${lang}`)}
          </Select.Option>
        ))}
      </Select>
    </div>
  );
}
