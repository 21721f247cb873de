import { jsonLdScriptText, type Program } from "@lectern/core";

/**
 * The module script that gives every server-rendered element (`data-lectern-program`) the
 * inline program (`#lectern-program`). It must run before `lectern.js` (module scripts run in
 * document order); Lit keeps a property set before the element is upgraded.
 */
export const programHandOverScript =
  'const program=JSON.parse(document.getElementById("lectern-program").textContent);' +
  'for(const element of document.querySelectorAll("[data-lectern-program]"))element.program=program;';

/**
 * The program as a JSON script (`id="lectern-program"`), which {@link programHandOverScript}
 * reads. A JSON script is not parsed as HTML; `jsonLdScriptText` escapes <, > and & so no
 * text in the program can end it.
 */
export function inlineProgramScript(program: Program): string {
  return `<script type="application/json" id="lectern-program">${jsonLdScriptText(program as unknown as Record<string, unknown>)}</script>`;
}
