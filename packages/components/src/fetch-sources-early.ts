// The first module lectern.js evaluates: it starts downloading every program the page's
// Lectern elements name in `src` while the rest of the bundle (Lit, the model's schemas, the
// elements) is still being evaluated. It must import nothing heavy, or it would run later.
import { fetchSourcesEarly } from "./shared/early-fetch.js";

fetchSourcesEarly(["schedule-grid", "speaker-list", "event-summary", "talk-list", "paper-list"]);
