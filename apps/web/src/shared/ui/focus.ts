import { useEffect, useRef, type RefObject } from "react";

// Panels that open in place of a button (an edit form, a confirmation) take the focus with them
// and give it back when they close, so keyboard and screen reader users never land on <body>.

const FIRST_FIELD = "input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled])";

/**
 * When it mounts (or `open` turns true), focus moves into the element the ref is put on: to a
 * descendant marked `data-autofocus`, else to its first field, else to the element itself
 * (give it tabIndex={-1}).
 */
export function useFocusOnOpen<T extends HTMLElement>(open = true): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    const panel = ref.current;
    if (!open || !panel) return;
    focusFirstField(panel);
  }, [open]);
  return ref;
}

/** Focus a descendant marked `data-autofocus`, else the first field, else the element itself. */
export function focusFirstField(panel: HTMLElement) {
  const target = panel.querySelector<HTMLElement>("[data-autofocus]") ?? panel.querySelector<HTMLElement>(FIRST_FIELD) ?? panel;
  target.focus();
}

/**
 * When `open` turns false and the focus was lost with the panel, it goes back to the opener
 * (set `opener.current` in the click handler) or, when the opener is gone from the page, to
 * `fallback` — typically the button rendered again in place of the closed panel. Focus that
 * something else has taken meanwhile (a panel opened in its place) is left where it is.
 */
export function useFocusReturn(open: boolean, fallback?: RefObject<HTMLElement | null>): RefObject<HTMLElement | null> {
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (wasOpen.current && !open && lost) {
      const target = opener.current?.isConnected ? opener.current : fallback?.current;
      target?.focus();
    }
    wasOpen.current = open;
  }, [open, fallback]);
  return opener;
}

/** Escape inside an in-place confirmation cancels it, as it would close a dialog. */
export function onEscape(cancel: () => void) {
  return (event: { key: string; preventDefault: () => void }) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    cancel();
  };
}
