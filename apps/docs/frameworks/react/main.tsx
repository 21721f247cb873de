// Mounts the React example (program-page.tsx) into frameworks/react.html.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ProgramPage } from "./program-page.js";

createRoot(document.getElementById("react-example")!).render(
  <StrictMode>
    <ProgramPage src="/examples/delta-2026.json" day="2026-04-27" />
  </StrictMode>,
);
