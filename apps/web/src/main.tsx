import "@digdir/designsystemet-css";
import "@digdir/designsystemet-css/theme";
import "./app/global.css";
import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { boot } from "./app/boot";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

// The first render waits for the reader's texts and the signed-in user, so no untranslated key
// is ever shown and the header does not change under the reader's eyes. It is a transition, so
// React renders it in slices that let the browser answer input in between, not in one long task.
void boot().then(({ i18n, clients }) => {
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <App i18n={i18n} clients={clients} />
      </StrictMode>,
    );
  });
});
