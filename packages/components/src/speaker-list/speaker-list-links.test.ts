import { afterEach, describe, expect, it } from "vitest";
import { deltaProgram, programData, programFrom, sigmetricsProgram } from "../testing/fixtures.js";
import { cardOf, clean, renderList } from "./speaker-list-test-kit.js";

afterEach(() => {
  document.body.replaceChildren();
});

const linksOf = (card: Element) =>
  [...card.querySelectorAll<HTMLAnchorElement>(".links a")].map((link) => [clean(link.textContent), link.href]);

describe("<speaker-list> profile links and Markdown biographies", () => {
  it("shows every link a person has, by label or kind, then the homepage and ORCID iD not already among them", async () => {
    const data = programData(sigmetricsProgram);
    Object.assign(
      data.people.find((person: any) => person.id === "sitan-chen"),
      {
        homepage: "https://sitanchen.com/",
        orcid: "0000-0002-1825-0097",
        links: [
          { kind: "github", url: "https://github.com/sitanc" },
          { kind: "mastodon", url: "https://mathstodon.xyz/@sitan", label: "Fediverse" },
          { kind: "google-scholar", url: "https://scholar.google.com/citations?user=abc" },
        ],
      },
    );
    const list = await renderList({}, programFrom(data));
    expect(linksOf(cardOf(list, "Sitan Chen"))).toEqual([
      ["GitHub (Sitan Chen)", "https://github.com/sitanc"],
      ["Fediverse (Sitan Chen)", "https://mathstodon.xyz/@sitan"],
      ["Google Scholar (Sitan Chen)", "https://scholar.google.com/citations?user=abc"],
      ["Homepage (Sitan Chen)", "https://sitanchen.com/"],
      ["ORCID 0000-0002-1825-0097 (Sitan Chen)", "https://orcid.org/0000-0002-1825-0097"],
    ]);
  });

  it("names link kinds in the strings it is given", async () => {
    const data = programData(sigmetricsProgram);
    data.people.find((person: any) => person.id === "sitan-chen").links = [
      { kind: "github", url: "https://github.com/sitanc" },
    ];
    const list = await renderList({ strings: { linkKinds: { github: "Code (GitHub)" } as any } }, programFrom(data));
    expect(linksOf(cardOf(list, "Sitan Chen"))).toEqual([["Code (GitHub) (Sitan Chen)", "https://github.com/sitanc"]]);
  });

  it("draws a Markdown biography as emphasis, a list and a link, and never the HTML inside it", async () => {
    const data = programData(deltaProgram);
    data.textFormat = "markdown";
    data.people.find((person: any) => person.id === "rene-vidal").biography =
      "Works on **vision**.\n\n- one\n- two\n\nSee [the lab](https://vision.example.org). <img src=x onerror=alert(1)>";
    const list = await renderList({}, programFrom(data));
    const card = cardOf(list, "René Vidal");
    card.querySelector<HTMLButtonElement>("button.toggle")!.click();
    await expect.poll(() => card.querySelector(".biography strong"), { timeout: 5000 }).not.toBeNull();
    const biography = card.querySelector(".biography")!;
    expect(clean(biography.querySelector("strong")!.textContent)).toBe("vision");
    expect([...biography.querySelectorAll("li")].map((item) => clean(item.textContent))).toEqual(["one", "two"]);
    expect(biography.querySelector("a")!.getAttribute("href")).toBe("https://vision.example.org");
    expect(biography.querySelector("img")).toBeNull();
    expect(biography.textContent).toContain("<img src=x onerror=alert(1)>");
  });

  it("keeps asterisks of a plain biography as they are written", async () => {
    const data = programData(deltaProgram);
    data.people.find((person: any) => person.id === "rene-vidal").biography = "Works on **vision**.";
    const list = await renderList({}, programFrom(data));
    const card = cardOf(list, "René Vidal");
    card.querySelector<HTMLButtonElement>("button.toggle")!.click();
    await list.updateComplete;
    expect(clean(card.querySelector(".biography")!.textContent)).toBe("Works on **vision**.");
    expect(card.querySelector(".biography strong")).toBeNull();
  });
});
