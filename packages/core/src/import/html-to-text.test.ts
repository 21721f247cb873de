import { describe, expect, it } from "vitest";
import { decodeHtmlEntities, htmlToText } from "./html-to-text.js";

describe("htmlToText", () => {
  it.each([
    ["a paragraph", "<p>FOSDEM welcome and opening talk.</p>", "FOSDEM welcome and opening talk."],
    ["two paragraphs", "<p>One.</p>\n<p>Two.</p>", "One.\n\nTwo."],
    ["a line break", "First<br>second<br/>third", "First\nsecond\nthird"],
    ["a list", "<p>Topics:</p><ul><li>eBPF</li><li>Rust</li></ul>", "Topics:\n\n• eBPF\n• Rust"],
    ["inline markup", 'Use <code>npm</code> and <a href="https://x.org">the docs</a>', "Use npm and the docs"],
    ["entities", "Q&amp;A &lt;3 &quot;yes&quot; &#233;t&#xE9; &nbsp;", 'Q&A <3 "yes" été'],
    ["a script and its text", "Hi<script>alert(1)</script> there", "Hi there"],
    ["an event handler", '<img src=x onerror="alert(1)">Caption', "Caption"],
    ["runs of spaces", "<p>  lots \t of   space </p>", "lots of space"],
    ["nothing but tags", "<p></p><br>", ""],
  ])("%s", (_name, html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });
});

describe("decodeHtmlEntities", () => {
  it.each([
    ["&amp;&lt;&gt;", "&<>"],
    ["&#x1F600;", "😀"],
    ["&unknown;", "&unknown;"],
    ["&#0;", "&#0;"],
    // Names of Object's properties are not entities (the table is a Map, not a plain object).
    ["&constructor;", "&constructor;"],
    ["&toString; &__proto__; &hasOwnProperty;", "&toString; &__proto__; &hasOwnProperty;"],
  ])("%s -> %s", (input, output) => {
    expect(decodeHtmlEntities(input)).toBe(output);
  });
});
