import { useTranslation } from "react-i18next";

/**
 * A spinner inside a polite live region, so screen readers hear that something is coming.
 *
 * Designsystemet's spinner drawn with its own classes rather than its `Spinner` component: that
 * component lines its animation up with every other spinner's by reading `document.getAnimations()`
 * as it mounts, which makes the browser work out the style of the whole page there and then —
 * and a page that is still loading mounts several, one after another.
 */
export function Loading() {
  const { t } = useTranslation();
  return (
    <div role="status" className="loading">
      <svg aria-label={t("state.loading")} className="ds-spinner" data-size="lg" role="img" viewBox="0 0 50 50">
        <circle className="ds-spinner__background" cx="25" cy="25" r="20" fill="none" strokeWidth="5" />
        <circle className="ds-spinner__circle" cx="25" cy="25" r="20" fill="none" strokeWidth="5" />
      </svg>
    </div>
  );
}
