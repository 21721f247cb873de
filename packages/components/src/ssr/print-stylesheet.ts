/**
 * The `@media print` rules of every static page (the program page and `print.html`): legible
 * sizes, no interactive controls on paper, titles that wrap rather than overflow. Plain CSS
 * text, inlined in the page head, so printing works with JavaScript off and nothing is fetched.
 */
export const printStylesheet = `@media print {
  @page { margin: 10mm; }
  html { font: 9pt/1.25 system-ui, sans-serif; color: #000; background: #fff; }
  /* A sheet of paper cannot be clicked: buttons, zone pickers, search and nav are left off. */
  button, input, select, nav, [role="toolbar"], .lectern-no-print { display: none !important; }
  a { color: inherit; text-decoration: none; }
  /* Long titles wrap (anywhere, as a last resort for long words), never cut. */
  .print-title { overflow-wrap: anywhere; hyphens: auto; font-weight: 600; }
  .print-grid, .print-list { break-inside: auto; }
  .print-grid tr, .print-list li { break-inside: avoid; }
}
`;

/** The sheet's own layout rules (screen and print) of `print.html`, which has no elements. */
export const printPageStylesheet = `
body { margin: 0; font: 10pt/1.25 system-ui, sans-serif; }
h1 { font-size: 14pt; margin: 0 0 2pt; }
h2 { font-size: 11pt; margin: 6pt 0 2pt; }
.print-zone { margin: 0 0 4pt; font-size: 9pt; }
.print-grid { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 8pt; }
.print-grid th, .print-grid td { border: 0.5pt solid #888; padding: 1.5pt 3pt; vertical-align: top; text-align: left; }
.print-grid th.print-time { width: 4.5em; }
.print-grid td.print-plenary { text-align: center; background: #eee; }
.print-people, .print-room { display: block; color: #333; overflow-wrap: anywhere; }
.print-list { list-style: none; padding: 0; margin: 0; }
.print-list li { display: grid; grid-template-columns: 7.5em minmax(0, 1fr); gap: 0 6pt; padding: 2pt 0; border-bottom: 0.5pt solid #ccc; }
.print-title { display: block; overflow-wrap: anywhere; font-weight: 600; }
`;
