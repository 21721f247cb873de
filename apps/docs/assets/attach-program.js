// For elements that take a `program` property (<talk-card>, <speaker-list>, <event-summary>):
// fetch the JSON named in data-program-src, validate it with the same core lectern.js uses,
// and hand it over. A page can do the same in its own script. Each file is fetched and
// checked once, however many elements name it.
import { describeProblem, loadProgramJson } from "/lectern.js";

const loaded = new Map();
const load = (url) => {
  if (!loaded.has(url))
    loaded.set(
      url,
      fetch(url).then(async (response) => loadProgramJson(await response.text())),
    );
  return loaded.get(url);
};

for (const element of document.querySelectorAll("[data-program-src]")) {
  const result = await load(element.getAttribute("data-program-src"));
  if (result.ok) element.program = result.program;
  else
    element.replaceWith(
      Object.assign(document.createElement("pre"), { textContent: result.errors.map(describeProblem).join("\n") }),
    );
}
