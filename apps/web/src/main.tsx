import "@digdir/designsystemet-css";
import "@digdir/designsystemet-css/theme";
import "./app/global.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { setupI18n } from "./app/i18n";
import { initialLanguage } from "./shared/language/language-storage";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

// The first render waits for the reader's texts, so no untranslated key is ever shown.
void setupI18n(initialLanguage()).then((i18n) => {
  createRoot(root).render(
    <StrictMode>
      <App i18n={i18n} />
    </StrictMode>,
  );
});
