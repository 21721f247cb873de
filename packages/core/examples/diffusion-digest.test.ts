import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildFacetTree } from "../src/digest/build-facet-tree.js";
import { filterPapers } from "../src/digest/filter-papers.js";
import { indexPaperDigest } from "../src/digest/index-paper-digest.js";
import { sortPapers } from "../src/digest/sort-papers.js";
import { parsePaperDigestJson } from "../src/parse/parse-paper-digest-json.js";
import { hasMath } from "../src/text/split-math.js";

// Facts of the example digest, checked through the real API.

const result = parsePaperDigestJson(readFileSync(new URL("./diffusion-digest.json", import.meta.url), "utf8"));
if (!result.ok) throw new Error(result.errors.map((error) => `${error.path}: ${error.message}`).join("\n"));
const { digest, warnings } = result;
const index = indexPaperDigest(digest);
const paper = (id: string) => digest.papers.find((entry) => entry.id === id)!;
const nameOf = (id: string) => digest.people?.find((person) => person.id === id)?.name;
const ids = (papers: readonly { paper: { id: string } }[]) => papers.map((entry) => entry.paper.id);

describe("diffusion-digest.json", () => {
  it("parses without errors or warnings", () => {
    expect(warnings).toEqual([]);
    expect(digest.title).toBe("Diffusion models");
    expect(digest.papers.length).toBeGreaterThanOrEqual(15);
  });

  it.each([
    ["ddpm", "Denoising Diffusion Probabilistic Models", ["Jonathan Ho", "Ajay Jain", "Pieter Abbeel"], 2020, "2006.11239"],
    ["score-sde", "Score-Based Generative Modeling through Stochastic Differential Equations", ["Yang Song", "Jascha Sohl-Dickstein", "Diederik P. Kingma", "Abhishek Kumar", "Stefano Ermon", "Ben Poole"], 2021, "2011.13456"],
    ["ddim", "Denoising Diffusion Implicit Models", ["Jiaming Song", "Chenlin Meng", "Stefano Ermon"], 2021, "2010.02502"],
    ["sohl-dickstein-2015", "Deep Unsupervised Learning using Nonequilibrium Thermodynamics", ["Jascha Sohl-Dickstein", "Eric A. Weiss", "Niru Maheswaranathan", "Surya Ganguli"], 2015, "1503.03585"],
    ["dit", "Scalable Diffusion Models with Transformers", ["William Peebles", "Saining Xie"], 2023, "2212.09748"],
  ])("has %s with its authors in order, year and arXiv id", (id, title, authors, year, arxivId) => {
    const entry = paper(id);
    expect(entry.title).toBe(title);
    expect(entry.authors?.map((author) => nameOf(author.person))).toEqual(authors);
    expect(entry.year).toBe(year);
    expect(entry.links?.find((link) => link.kind === "arxiv")?.url).toBe(`https://arxiv.org/abs/${arxivId}`);
  });

  it("gives every paper an abstract, an arXiv link and a PDF link, and some abstracts math", () => {
    for (const entry of digest.papers) {
      expect(entry.abstract, entry.id).toBeTruthy();
      expect(entry.links?.map((link) => link.kind).slice(0, 2), entry.id).toEqual(["arxiv", "pdf"]);
    }
    expect(digest.papers.filter((entry) => hasMath(entry.abstract ?? "")).length).toBeGreaterThanOrEqual(5);
  });

  it("places the tags in a hierarchy with Generative Models under Machine Learning, and Text-to-Image as its own root", () => {
    const tree = buildFacetTree(index, {});
    expect(tree.map((node) => node.label)).toEqual(["Information Technology", "Mathematics", "Text-to-Image", "Physics"]);
    const machineLearning = tree[0]!.children[0]!.children.find((node) => node.label === "Machine Learning")!;
    expect(machineLearning.children.map((node) => node.label)).toContain("Generative Models");
    expect(tree[0]!.count).toBe(digest.papers.length);
  });

  it("finds Sohl-Dickstein's two papers, and Björn Ommer's without the accent", () => {
    expect(ids(filterPapers(index, { query: "sohl-dickstein" }))).toEqual(["sohl-dickstein-2015", "score-sde"]);
    expect(ids(filterPapers(index, { query: "bjorn ommer" }))).toEqual(["latent-diffusion"]);
  });

  it("lists the vision papers at 0.9 confidence or more", () => {
    expect(ids(filterPapers(index, { facets: ["Information Technology > Artificial Intelligence > Vision"], minConfidence: 0.9 }))).toEqual([
      "guided-diffusion",
      "latent-diffusion",
      "dalle-2",
      "video-diffusion",
      "dit",
      "controlnet",
    ]);
  });

  it("starts with the 2023 papers when sorted by year", () => {
    const newest = sortPapers(index.papers, "year", { locale: "en" });
    expect(newest[0]!.paper.year).toBe(2023);
    expect(newest.at(-1)!.paper.id).toBe("sohl-dickstein-2015");
  });
});
