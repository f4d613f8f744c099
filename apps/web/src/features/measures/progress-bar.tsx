import { formatPercent } from "@samspill/i18n";
import { useLanguage } from "../../shared/language/use-language";

interface ProgressBarProps {
  /** 0–100. */
  value: number;
  label: string;
}

/** The percentage as text, and a bar that assistive technology reads as a progressbar. */
export function ProgressBar({ value, label }: ProgressBarProps) {
  const { language } = useLanguage();
  const clamped = Math.min(100, Math.max(0, value));
  const text = formatPercent(clamped, language);
  return (
    <div className="progress">
      <span>{text}</span>
      <div
        className="progress__bar"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={clamped}
        aria-valuetext={text}
      >
        <div className="progress__fill" style={{ width: `${clamped}%` }} />
      </div>
    </div>
  );
}
