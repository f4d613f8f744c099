import { useEffect, useRef, useState, type ReactNode } from "react";

interface ScrollName {
  labelledBy?: string;
  label?: string;
}

/** The table's own name (aria-labelledby, aria-label or caption) names its scroll area too. */
function nameOf(table: HTMLTableElement | null): ScrollName {
  if (!table) return {};
  const labelledBy = table.getAttribute("aria-labelledby");
  if (labelledBy) return { labelledBy };
  const label = table.getAttribute("aria-label") ?? table.caption?.textContent ?? "";
  return label ? { label } : {};
}

/**
 * A wide table scrolls sideways inside this box, never the page. While it actually overflows,
 * the box is a named, focusable region, so that keyboard users can scroll it with the arrow
 * keys and screen readers hear what it holds; when everything fits it is no extra tab stop.
 */
export function TableScroll({ children }: { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [overflowing, setOverflowing] = useState(false);
  const [name, setName] = useState<ScrollName>({});

  // Measured by the observer, which reports once when it starts and on every resize, after the
  // browser has laid the page out: measuring during the render would force a layout per table.
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => {
      setOverflowing(element.scrollWidth > element.clientWidth + 1);
      const next = nameOf(element.querySelector("table"));
      setName((current) => (current.label === next.label && current.labelledBy === next.labelledBy ? current : next));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    const table = element.querySelector("table");
    if (table) observer.observe(table);
    return () => observer.disconnect();
  });

  return (
    <div
      ref={box}
      className="table-scroll"
      {...(overflowing
        ? { tabIndex: 0, role: "region", "aria-labelledby": name.labelledBy, "aria-label": name.labelledBy ? undefined : name.label }
        : {})}
    >
      {children}
    </div>
  );
}
