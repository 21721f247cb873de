// The first module lectern.js evaluates: it starts downloading every program the page's
// Lectern elements name in `src` while the rest of the bundle (Lit, the model's schemas, the
// elements) is still being evaluated. It must import nothing heavy, or it would run later: the
// element table is data only.
import { tagsReadingSrc } from "./element-table.js";
import { fetchSourcesEarly } from "./shared/early-fetch.js";

try {
  fetchSourcesEarly(tagsReadingSrc);
} catch (error) {
  // Only a head start: whatever goes wrong here, the elements must still be registered (the
  // rest of lectern.js runs after this module) and fetch their sources themselves.
  console.warn("Lectern could not start fetching the programs early:", error);
}
