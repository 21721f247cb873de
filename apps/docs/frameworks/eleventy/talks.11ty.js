// talks/<id>.html for every item of _data/program.json.
import { renderTalkPage, talkPageFileName } from "@lectern/components/ssr";
import { programOf } from "./program-of.js";

export default class TalkPages {
  data() {
    return {
      pagination: { data: "program.items", size: 1, alias: "item" },
      permalink: ({ item }) => `talks/${talkPageFileName(item.id)}`,
    };
  }

  render({ program, item }) {
    return renderTalkPage(programOf(program), item.id);
  }
}
