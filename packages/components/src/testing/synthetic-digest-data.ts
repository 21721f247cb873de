/**
 * A generated paper digest of any size (2,000 papers for the large story, the tests and the
 * benchmark): titles, 1-6 authors from 600 people (some with accents), a venue and year, an
 * abstract of about 80 words (every tenth with TeX math), arXiv and PDF links, and 1-3 tags from
 * a three-level taxonomy of 39 topics with classifier scores. Deterministic: the same digest
 * every time. Plain data with no imports, so the benchmark can load this file in Node as it is
 * (type stripping).
 */
export function syntheticDigestData(count = 2000): Record<string, unknown> {
  let seed = 6;
  const random = () => (seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0) / 4_294_967_296;
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const given = [
    "Ana",
    "René",
    "Kim",
    "Łukasz",
    "Zoë",
    "Wei",
    "Priya",
    "Jonas",
    "Amara",
    "Hiroshi",
    "Sofía",
    "Olu",
    "Mei",
    "Gaël",
    "Ingrid",
    "Tomás",
    "Yara",
    "Dmitri",
    "Nia",
    "Søren",
  ];
  const family = [
    "Souza",
    "Vidal",
    "Lee",
    "Kaiser",
    "Müller",
    "Chen",
    "Raman",
    "Berg",
    "Okafor",
    "Tanaka",
    "Núñez",
    "Adeyemi",
    "Lin",
    "Le Goff",
    "Larsen",
    "Ibáñez",
    "Haddad",
    "Petrov",
    "Mensah",
    "Østergaard",
    "Rossi",
    "Kowalski",
    "Nakamura",
    "Dubois",
    "Schmidt",
    "Silva",
    "Novak",
    "Moreau",
    "Fischer",
    "Costa",
  ];
  const people = Array.from({ length: 600 }, (_, index) => ({
    id: `person-${index}`,
    name: `${given[index % given.length]} ${family[Math.floor(index / given.length) % family.length]}`,
    affiliations: [`University ${index % 40}`],
  }));
  const taxonomy: string[][] = [];
  for (const [root, fields] of [
    ["Information Technology", ["Artificial Intelligence", "Data Management", "Security"]],
    ["Mathematics", ["Probability", "Optimization", "Analysis"]],
    ["Physics", ["Statistical Mechanics", "Quantum Physics", "Astrophysics"]],
  ] as const) {
    for (const field of fields)
      for (let topic = 0; topic < 3; topic += 1) taxonomy.push([root, field, `${field} topic ${topic + 1}`]);
  }
  const nouns = [
    "diffusion",
    "score matching",
    "flows",
    "transformers",
    "denoising",
    "sampling",
    "guidance",
    "latent spaces",
    "distillation",
    "likelihoods",
    "inverse problems",
    "video",
    "audio",
    "graphs",
    "molecules",
  ];
  const verbs = [
    "Understanding",
    "Scaling",
    "Accelerating",
    "Revisiting",
    "Improving",
    "Analysing",
    "Learning",
    "Controlling",
  ];
  const words =
    "we study a model that learns to reverse a noising process and show that it matches strong baselines on image audio and text benchmarks while using fewer steps and less memory than previous methods".split(
      " ",
    );
  const venues = ["NeurIPS", "ICML", "ICLR", "CVPR", "AAAI", "arXiv preprint"];
  const papers = Array.from({ length: count }, (_, index) => {
    const year = 2015 + Math.floor(random() * 11);
    const venue = pick(venues);
    const authors = Array.from({ length: 1 + Math.floor(random() * 6) }, () => Math.floor(random() * people.length));
    const abstract = Array.from({ length: 80 }, () => pick(words)).join(" ");
    const topics = new Set(
      Array.from({ length: 1 + Math.floor(random() * 3) }, () => Math.floor(random() * taxonomy.length)),
    );
    const arxiv = `${String(year % 100).padStart(2, "0")}${String(1 + (index % 12)).padStart(2, "0")}.${String(10000 + index).slice(-5)}`;
    return {
      id: `paper-${index}`,
      title: `${pick(verbs)} ${pick(nouns)} with ${pick(nouns)} (${index + 1})`,
      authors: [...new Set(authors)].map((person) => ({ person: `person-${person}` })),
      venue: venue === "arXiv preprint" ? venue : `${venue} ${year}`,
      year,
      abstract: `${abstract[0]!.toUpperCase()}${abstract.slice(1)}.${index % 10 === 0 ? " The loss is $\\mathbb{E}\\|\\epsilon - \\epsilon_\\theta(x_t, t)\\|^2$." : ""}`,
      links: [
        { kind: "arxiv", url: `https://arxiv.org/abs/${arxiv}` },
        { kind: "pdf", url: `https://arxiv.org/pdf/${arxiv}` },
      ],
      tags: [...topics].map((topic) => ({
        label: taxonomy[topic]!.at(-1)!,
        score: Math.round((0.3 + random() * 0.7) * 100) / 100,
        path: taxonomy[topic],
      })),
    };
  });
  return { version: 1, title: "A generated digest", topic: "Generated", people, papers };
}
