import { useEffect, type RefObject } from "react";

const LAYERS = 'g[class^="recharts-zIndex-layer_"]:not([tabindex])';

/**
 * Takes recharts' z-index layers out of the tab order. Recharts 3.11 renders them as bare `<g>`
 * portal containers (recharts#7805); React puts a focusin listener on every portal container, and
 * Chromium makes any SVG element with a focus listener focusable, so Tab stopped on four or five
 * empty groups inside the chart. `tabindex="-1"` keeps them focusable but out of the sequence.
 */
export function useUntabbableLayers(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const root = ref.current;
    if (root === null) return;
    const fix = () => {
      for (const layer of root.querySelectorAll(LAYERS)) layer.setAttribute("tabindex", "-1");
    };
    fix();
    // Recharts adds layers as its items register, after this component's own effects have run.
    const observer = new MutationObserver(fix);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [ref]);
}
