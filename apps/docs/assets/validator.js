// The validator box on "Write your program": the visitor's JSON goes through the very
// checks that <schedule-grid> uses (loadProgramJson: the schemas are fetched the first time a
// program is not valid), and every problem is listed with its path and line. Text only:
// nothing the visitor types becomes HTML.
import { describeProblem, loadProgramJson } from "/lectern.js";

const form = document.querySelector("form.validator");
const input = form.querySelector("textarea");
const output = form.querySelector(".result");

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const result = await loadProgramJson(input.value);
  output.replaceChildren();
  output.dataset.ok = String(result.ok);
  const heading = document.createElement("p");
  if (result.ok) {
    heading.textContent = `Valid: ${result.program.items.length} items${result.warnings.length ? `, ${result.warnings.length} warnings` : ""}.`;
  } else {
    heading.textContent = `${result.errors.length} ${result.errors.length === 1 ? "problem" : "problems"}:`;
  }
  output.append(heading);
  const problems = result.ok ? result.warnings : result.errors;
  if (problems.length > 0) {
    const list = document.createElement("ul");
    for (const problem of problems)
      list.append(Object.assign(document.createElement("li"), { textContent: describeProblem(problem) }));
    output.append(list);
  }
});
