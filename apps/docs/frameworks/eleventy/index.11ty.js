// index.html (the program) and speakers.html, from _data/program.json.
import { renderProgramPage, renderSpeakersPage } from "@lectern/components/ssr";
import { programOf } from "./program-of.js";

export default class ProgramPages {
  data() {
    return {
      files: ["index.html", "speakers.html"],
      pagination: { data: "files", size: 1, alias: "file" },
      permalink: ({ file }) => file,
    };
  }

  render({ program, file }) {
    const checked = programOf(program);
    return file === "index.html" ? renderProgramPage(checked) : renderSpeakersPage(checked);
  }
}
