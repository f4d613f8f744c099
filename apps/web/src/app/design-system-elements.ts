// Designsystemet's React components import `@digdir/designsystemet-web` for the behaviour of the
// elements they render, and that package's index registers every element it has. The build
// (`resolve.alias` in vite.config.ts) points that import here, to the elements the app's
// components use. Left out, about 17 KB of the first download (brotli): the popover and its
// polyfill, the tooltip, the suggestion (combobox and datalist), the tabs, the toggle group and
// the breadcrumbs, with the positioning library they share. `design-system-elements.test.ts`
// fails when the app starts using a component that needs one of those. The module is listed
// under `sideEffects` in package.json: its imports are there for what they do, not what they export.
import "@digdir/designsystemet-web/clickdelegatefor";
import "@digdir/designsystemet-web/details";
import "@digdir/designsystemet-web/dialog";
import "@digdir/designsystemet-web/ds-error-summary";
import "@digdir/designsystemet-web/ds-field";
import "@digdir/designsystemet-web/fieldset";
import "@digdir/designsystemet-web/focusgroup";
import "@digdir/designsystemet-web/invokers";
import "@digdir/designsystemet-web/readonly";

// `usePagination` imports this by name; the module also registers the pagination element.
export { pagination } from "@digdir/designsystemet-web/ds-pagination";
