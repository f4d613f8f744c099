import { useEffect, useState, type RefObject } from "react";

/**
 * True once the element has come within a quarter of a screen of the window, and from then on. For
 * costly parts far down a page (charts): they are drawn when the reader scrolls towards them,
 * not while the page is loading. Where the browser cannot tell, the element counts as near.
 */
export function useNearViewport(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    if (typeof IntersectionObserver === "undefined") {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: "25% 0px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, near]);
  return near;
}
