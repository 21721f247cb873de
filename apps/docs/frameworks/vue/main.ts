// Mounts the Vue example (ProgramPage.vue) into frameworks/vue.html.
import { createApp } from "vue";
import ProgramPage from "./ProgramPage.vue";

createApp(ProgramPage, { src: "/examples/delta-2026.json", day: "2026-04-27" }).mount("#vue-example");
