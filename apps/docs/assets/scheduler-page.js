// The "Schedule a program" page: the visitor's JSON is checked with loadProgramJson (from
// lectern.js), then scheduled by core's scheduleProgramInWorker in a module Web Worker, which
// alone loads HiGHS. Progress comes from the worker; Cancel aborts, which ends the worker.
// Text only: nothing from the program becomes HTML.
import { describeProblem, loadProgramJson } from "/lectern.js";
import { scheduleProgramInWorker } from "/scheduler/scheduler.js";

const form = document.querySelector("form.scheduler");
const input = form.querySelector("textarea");
const cancel = form.querySelector("button.cancel");
const progress = form.querySelector(".progress");
const output = form.querySelector(".result");
let running;

const element = (tag, text) => Object.assign(document.createElement(tag), { textContent: text });
const figure = (value) => (Number.isFinite(value) ? String(Math.round(value * 100) / 100) : "–");

form.querySelector("button.load-example").addEventListener("click", async () => {
  input.value = await (await fetch("/assets/scheduling-example.json")).text();
});
form.querySelector("input[type=file]").addEventListener("change", async (event) => {
  const file = event.target.files?.[0];
  if (file) input.value = await file.text();
});
form.addEventListener("dragover", (event) => event.preventDefault());
form.addEventListener("drop", async (event) => {
  event.preventDefault();
  const file = event.dataTransfer?.files?.[0];
  if (file) input.value = await file.text();
});
cancel.addEventListener("click", () => running?.abort(new Error("Cancelled.")));

/** A table of rows (arrays of text) under a caption. */
function table(caption, head, rows) {
  const result = document.createElement("table");
  result.append(element("caption", caption));
  const header = document.createElement("tr");
  for (const cell of head) header.append(Object.assign(element("th", cell), { scope: "col" }));
  result.append(header);
  // An empty table would read as a rendering fault: say "None" instead.
  if (rows.length === 0) {
    const none = Object.assign(element("td", "None"), { colSpan: head.length });
    const line = document.createElement("tr");
    line.append(none);
    result.append(line);
  }
  for (const row of rows) {
    const line = document.createElement("tr");
    for (const cell of row) line.append(element("td", cell));
    result.append(line);
  }
  return result;
}

function showResult(result) {
  output.dataset.status = result.status;
  const proof =
    result.status === "optimal"
      ? "proven optimal"
      : result.status === "infeasible"
        ? "infeasible"
        : `${result.status}, gap ${figure(result.gap * 100)}% (bound ${figure(result.bound)})`;
  output.append(
    element("p", `Status: ${proof}. Objective ${figure(result.objective)}, ${result.seconds.toFixed(2)} s.`),
  );
  if (result.explanation.length) {
    const reasons = document.createElement("ul");
    for (const reason of result.explanation) reasons.append(element("li", reason));
    output.append(reasons);
  }
  if (!result.program) return;
  const rules = Object.entries(result.rules).filter(([, penalty]) => penalty > 0);
  output.append(
    table(
      "Penalty per rule",
      ["Rule", "Weighted penalty"],
      rules.map(([name, p]) => [name, figure(p)]),
    ),
  );
  output.append(
    table(
      "Moves against the input",
      ["Item", "From", "To"],
      result.moves.map((move) => [
        move.item,
        `${move.from.room} ${move.from.start}`,
        `${move.to.room} ${move.to.start}`,
      ]),
    ),
  );
  output.append(
    table(
      "Schedule",
      ["Item", "Room", "Start"],
      result.assignments.map((a) => [a.item, a.room, a.start]),
    ),
  );
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  output.replaceChildren();
  delete output.dataset.status;
  const loaded = await loadProgramJson(input.value);
  if (!loaded.ok) {
    output.append(element("p", `${loaded.errors.length} problem(s) in the program:`));
    const list = document.createElement("ul");
    for (const problem of loaded.errors) list.append(element("li", describeProblem(problem)));
    output.append(list);
    return;
  }
  running = new AbortController();
  cancel.disabled = false;
  progress.textContent = "Scheduling…";
  try {
    const result = await scheduleProgramInWorker(loaded.program, {
      timeLimitSeconds: Number(form.querySelector("#scheduler-limit").value) || 60,
      signal: running.signal,
      onProgress: (p) => {
        progress.textContent = `Scheduling… best ${figure(p.incumbent)}, bound ${figure(p.bound)}, gap ${figure(p.gap * 100)}%, ${p.elapsed.toFixed(1)} s`;
      },
    });
    progress.textContent = "Done.";
    showResult(result);
  } catch (error) {
    progress.textContent = error instanceof Error ? error.message : String(error);
    output.dataset.status = "cancelled";
  } finally {
    cancel.disabled = true;
    running = undefined;
  }
});
