import { escapeHtml } from "./escape-html.mjs";

const table = (caption, headers, rows) =>
  rows.length === 0
    ? ""
    : `<h3>${escapeHtml(caption)}</h3>
      <div class="table-scroll" tabindex="0" role="region" aria-label="${escapeHtml(caption)}"><table>
        <thead><tr>${headers.map((header) => `<th scope="col">${escapeHtml(header)}</th>`).join("")}</tr></thead>
        <tbody>${rows.map((row) => `<tr>${row.map((cell, index) => (index === 0 ? `<th scope="row">${cell}</th>` : `<td>${cell}</td>`)).join("")}</tr>`).join("\n")}</tbody>
      </table></div>`;

const code = (text) => (text ? `<code>${escapeHtml(text)}</code>` : "");

/** The list of elements, from custom-elements.json. */
export function renderComponentsIndex(elements) {
  return `<h1>Components</h1>
  <p>Each element lives in its own shadow DOM, so your page's CSS cannot break them and theirs cannot leak into your page. One <code>lectern.js</code> script tag serves them all: it holds <code>&lt;schedule-grid&gt;</code> and fetches each other element's code when the page first uses it. The API below is generated from the code's documentation (<a href="../custom-elements.json">custom-elements.json</a>).</p>
  <ul class="cards">
    ${elements.map((element) => `<li><a href="${element.tagName}.html"><code>&lt;${element.tagName}&gt;</code></a><p>${escapeHtml((element.description ?? "").split("\n\n")[0])}</p></li>`).join("\n")}
  </ul>`;
}

/** One element's page: what it is, a live example, then its API (attributes, properties, events, parts, CSS properties). */
export function renderComponentPage(element, example) {
  const attributes = (element.attributes ?? []).map((attribute) => [
    code(attribute.name),
    code(attribute.type?.text),
    code(attribute.default),
    escapeHtml(attribute.description ?? ""),
  ]);
  const properties = (element.members ?? [])
    .filter(
      (member) =>
        member.kind === "field" &&
        member.privacy !== "private" &&
        member.privacy !== "protected" &&
        !member.static &&
        member.description,
    )
    .map((member) => [
      code(member.name),
      code(member.type?.text),
      code(member.default),
      escapeHtml(member.description ?? ""),
    ]);
  const events = (element.events ?? []).map((event) => [
    code(event.name),
    code(event.type?.text),
    escapeHtml(event.description ?? ""),
  ]);
  const parts = (element.cssParts ?? []).map((part) => [code(part.name), escapeHtml(part.description ?? "")]);
  const cssProperties = (element.cssProperties ?? []).map((property) => [
    code(property.name),
    escapeHtml(property.description ?? ""),
  ]);
  const slots = (element.slots ?? []).map((slot) => [
    code(slot.name || "(default)"),
    escapeHtml(slot.description ?? ""),
  ]);
  return `<h1><code>&lt;${element.tagName}&gt;</code></h1>
  ${(element.description ?? "")
    .split("\n\n")
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join("\n")}
  ${example ? `<h2>Example</h2>\n${example}` : ""}
  <h2>API</h2>
  ${table("Attributes", ["Attribute", "Type", "Default", "Description"], attributes)}
  ${table("Properties", ["Property", "Type", "Default", "Description"], properties)}
  ${table("Events", ["Event", "Type", "Description"], events)}
  ${table("Slots", ["Slot", "Description"], slots)}
  ${table("Parts (::part)", ["Part", "Description"], parts)}
  ${table("CSS custom properties", ["Property", "Description"], cssProperties)}
  <p>All elements also read the shared <code>--program-*</code> tokens; see <a href="../embed.html#theming">theming</a>.</p>`;
}
