import { escapeHtml } from "./escape-html.mjs";

/** A short description of a JSON Schema type: "text", "array of Person", "one of: a, b". */
function describeType(schema) {
  if (!schema) return "any";
  if (schema.enum) return `one of: ${schema.enum.map((value) => `<code>${escapeHtml(value)}</code>`).join(", ")}`;
  if (schema.const !== undefined) return `<code>${escapeHtml(JSON.stringify(schema.const))}</code>`;
  if (schema.anyOf) return schema.anyOf.map(describeType).join(" or ");
  switch (schema.type) {
    case "string":
      return schema.format === "uri" ? "web address" : schema.format === "email" ? "e-mail address" : "text";
    case "number":
      return "number";
    case "integer":
      return "whole number";
    case "boolean":
      return "true or false";
    case "array":
      return `list of ${describeType(schema.items)}`;
    case "object":
      return schema.properties ? "object (below)" : schema.propertyNames ? "object by key" : "object";
    default:
      return "any";
  }
}

/**
 * The program format, field by field, from the published JSON Schema: one table per object,
 * in the order a program file nests them. Generated at build time, so it cannot drift from
 * the model.
 */
export function renderFormatReference(schema) {
  const sections = [];
  const seen = new Set();
  const visit = (node, path, heading) => {
    if (!node || seen.has(path)) return;
    if (node.type === "array") return visit(node.items, `${path}[]`, heading);
    if (node.type !== "object" || !node.properties) return;
    seen.add(path);
    const required = new Set(node.required ?? []);
    const rows = Object.entries(node.properties)
      .map(
        ([name, field]) => `<tr>
          <th scope="row"><code>${escapeHtml(name)}</code>${required.has(name) ? ' <span class="required">required</span>' : ""}</th>
          <td>${describeType(field)}</td>
          <td>${escapeHtml(field.description ?? field.items?.description ?? "")}</td>
        </tr>`,
      )
      .join("\n");
    const id = `field-${path.replace(/[^a-zA-Z0-9]+/g, "-").replace(/^-|-$/g, "") || "program"}`;
    sections.push(`<section aria-labelledby="${id}">
      <h3 id="${id}"><code>${escapeHtml(path || "(the file)")}</code> ${escapeHtml(heading)}</h3>
      ${node.description ? `<p>${escapeHtml(node.description)}</p>` : ""}
      <div class="table-scroll" tabindex="0" role="region" aria-label="Fields of ${escapeHtml(path || "the file")}"><table>
        <thead><tr><th scope="col">Field</th><th scope="col">Type</th><th scope="col">What it is</th></tr></thead>
        <tbody>${rows}</tbody>
      </table></div>
    </section>`);
    for (const [name, field] of Object.entries(node.properties)) {
      const child = field.type === "array" ? field.items : field;
      visit(child, path ? `${path}.${name}` : name, child?.description ? "" : "");
    }
  };
  visit(schema, "", "");
  return sections.join("\n");
}
