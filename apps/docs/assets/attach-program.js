// For elements that take a `program` property (<talk-card>, <speaker-list>, <event-summary>):
// fetch the JSON named in data-program-src, validate it with the same core lectern.js uses,
// and hand it over. A page can do the same in its own script.
import { describeProblem, loadProgramJson } from "/lectern.js";

for (const element of document.querySelectorAll("[data-program-src]")) {
  const url = element.getAttribute("data-program-src");
  const response = await fetch(url);
  const result = await loadProgramJson(await response.text());
  if (result.ok) element.program = result.program;
  else
    element.replaceWith(
      Object.assign(document.createElement("pre"), { textContent: result.errors.map(describeProblem).join("\n") }),
    );
}
