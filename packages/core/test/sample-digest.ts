import type { PaperDigest } from "../src/model/paper-digest.js";
import { parsePaperDigest } from "../src/parse/parse-paper-digest.js";

/** Classifier paths the sample digest's tags use, broadest first. */
export const samplePaths = {
  generative: ["Information Technology", "Artificial Intelligence", "Machine Learning", "Generative Models"],
  theory: ["Information Technology", "Artificial Intelligence", "Machine Learning", "Theory"],
  vision: ["Information Technology", "Artificial Intelligence", "Vision"],
} as const;

const { generative, theory, vision } = samplePaths;

/**
 * Five papers for the digest tests: accented authors, a paper with two tags under one
 * branch, a low-confidence tag, an unscored tag, a tag without a path, a paper without a year
 * and one without tags.
 *
 * | paper | year | tags (score) |
 * | --- | --- | --- |
 * | p1 Denoising diffusion models (Ana Núñez, Kim Lee) | 2020 | Generative 0.95, Vision 0.6 |
 * | p2 Score matching with SDEs (René Vidal) | 2021 | Generative 0.9, Theory 0.4 |
 * | p3 Latent image synthesis (Ana Núñez, Łukasz Kaiser) | 2022 | Vision 0.97, Generative 0.3 |
 * | p4 Flow matching (Kim Lee) | none | Generative (no score), Optimal transport (no path) 0.8 |
 * | p5 An untagged note (René Vidal) | 2019 | none |
 */
export function sampleDigest(): PaperDigest {
  const result = parsePaperDigest({
    title: "Diffusion models",
    people: [
      { id: "ana", name: "Ana Núñez" },
      { id: "kim", name: "Kim Lee" },
      { id: "rene", name: "René Vidal" },
      { id: "lukasz", name: "Łukasz Kaiser" },
    ],
    papers: [
      {
        id: "p1",
        title: "Denoising diffusion models",
        authors: [{ person: "ana" }, { person: "kim" }],
        year: 2020,
        abstract: "A denoiser learns to reverse a noising process $q(x_t \\mid x_{t-1})$.",
        tags: [
          { label: "Generative Models", score: 0.95, path: [...generative] },
          { label: "Vision", score: 0.6, path: [...vision] },
        ],
      },
      {
        id: "p2",
        title: "Score matching with SDEs",
        authors: [{ person: "rene" }],
        year: 2021,
        abstract: "Stochastic differential equations move data to noise and back.",
        tags: [
          { label: "Generative Models", score: 0.9, path: [...generative] },
          { label: "Theory", score: 0.4, path: [...theory] },
        ],
      },
      {
        id: "p3",
        title: "Latent image synthesis",
        authors: [{ person: "ana" }, { person: "lukasz" }],
        year: 2022,
        abstract: "Images are generated in the latent space of an autoencoder.",
        tags: [
          { label: "Vision", score: 0.97, path: [...vision] },
          { label: "Generative Models", score: 0.3, path: [...generative] },
        ],
      },
      {
        id: "p4",
        title: "Flow matching",
        authors: [{ person: "kim" }],
        abstract: "Regress a vector field along probability paths.",
        tags: [
          { label: "Generative Models", path: [...generative] },
          { label: "Optimal transport", score: 0.8 },
        ],
      },
      {
        id: "p5",
        title: "An untagged note",
        authors: [{ person: "rene" }],
        year: 2019,
        abstract: "A remark on diffusion.",
      },
    ],
  });
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.path}: ${error.message}`).join("; "));
  return result.digest;
}

/** A digest of `count` generated papers (for timing), 12 topics over three levels. */
export function generatedDigest(count: number): PaperDigest {
  const topics = Array.from({ length: 12 }, (_, index) => ["Science", `Field ${index % 3}`, `Topic ${index}`]);
  const result = parsePaperDigest({
    title: "Generated",
    people: Array.from({ length: 200 }, (_, index) => ({ id: `a${index}`, name: `Author Númber ${index}` })),
    papers: Array.from({ length: count }, (_, index) => ({
      id: `p${index}`,
      title: `Paper ${index} on diffusion and topic ${index % 12}`,
      authors: [{ person: `a${index % 200}` }, { person: `a${(index * 7) % 200}` }],
      year: 2000 + (index % 25),
      abstract: `We study problem ${index}. `.repeat(20),
      tags: [0, 5].map((offset) => ({
        label: `Topic ${(index + offset) % 12}`,
        score: ((index * 37 + offset) % 100) / 100,
        path: topics[(index + offset) % 12],
      })),
    })),
  });
  if (!result.ok) throw new Error(result.errors[0]!.message);
  return result.digest;
}
