import { afterEach, describe, expect, it } from "vitest";
import { deltaProgram, sigmetricsProgram } from "../testing/fixtures.js";
import { fact, programWith, renderSummary, root, text, texts } from "./event-summary-test-kit.js";

afterEach(() => {
  document.body.replaceChildren();
});

describe("<event-summary> attributes", () => {
  it("shows only the sections the sections attribute names", async () => {
    const summary = await renderSummary();
    summary.setAttribute("sections", "dates, links");
    await summary.updateComplete;
    expect(texts(summary, ".facts dt")).toEqual(["When", "Time zone"]);
    expect(root(summary).querySelector("[part=call-to-action]")).not.toBeNull();
    expect(
      root(summary).querySelector(
        "[part=header], [part=description], [part=status], [part=details], [part=awards], .contact",
      ),
    ).toBeNull();
    expect(root(summary).querySelector("article")?.getAttribute("aria-label")).toBe(
      "Deep Generative Models: Theory, Principle, and Efficacy",
    );
  });

  it("shows every section when the sections attribute names none it knows", async () => {
    const all = await renderSummary({}, sigmetricsProgram);
    const typo = await renderSummary({ sections: "organizers" }, sigmetricsProgram);
    expect(root(typo).querySelector("article")?.textContent).toBe(root(all).querySelector("article")?.textContent);
  });

  it("writes dates in pt-BR", async () => {
    const program = programWith(sigmetricsProgram, (data) => (data.event.endDate = "2026-06-10"));
    const single = await renderSummary({ locale: "pt-BR" });
    const range = await renderSummary({ locale: "pt-BR" }, program);
    expect(fact(single, "When")).toBe("segunda-feira, 27 de abril de 2026");
    expect(fact(range, "When")).toBe("segunda-feira, 8 de junho – quarta-feira, 10 de junho de 2026");
    expect(fact(range, "Time zone")).toBe("Horário de Verão do Leste (GMT-4)");
  });

  it("takes the locale from the page's lang when it has no locale attribute", async () => {
    const wrapper = document.createElement("div");
    wrapper.lang = "pt-BR";
    document.body.append(wrapper);
    const summary = document.createElement("event-summary");
    summary.program = deltaProgram;
    wrapper.append(summary);
    await summary.updateComplete;
    expect(fact(summary, "When")).toBe("segunda-feira, 27 de abril de 2026");
  });

  it("writes its dates again when the page's lang changes, though no property did", async () => {
    const wrapper = document.createElement("div");
    wrapper.lang = "pt-BR";
    document.body.append(wrapper);
    const summary = document.createElement("event-summary");
    summary.program = deltaProgram;
    wrapper.append(summary);
    await summary.updateComplete;
    wrapper.lang = "de";
    summary.requestUpdate();
    await summary.updateComplete;
    expect(fact(summary, "When")).toBe("Montag, 27. April 2026");
  });

  it("adds the visitor's clock to a deadline once the viewer zone changes to one that reads differently", async () => {
    const program = programWith(
      deltaProgram,
      (data) => (data.event.importantDates = [{ label: "Camera-ready", date: "2026-03-20T17:00" }]),
    );
    const summary = await renderSummary({ viewerZone: "America/Sao_Paulo" }, program);
    expect(root(summary).querySelector(".dates .viewer-time")).toBeNull();
    summary.viewerZone = "Asia/Tokyo";
    await summary.updateComplete;
    expect(text(summary, ".dates .viewer-time")).toBe("(your time: Saturday, 21 March 2026 at 05:00 GMT+9)");
  });

  it("puts the title and section headings at the heading level asked for", async () => {
    const summary = await renderSummary({ headingLevel: 1 }, sigmetricsProgram);
    expect(root(summary).querySelector("[part=title]")?.getAttribute("aria-level")).toBe("1");
    expect(
      [...root(summary).querySelectorAll(".section-heading")].map((node) => node.getAttribute("aria-level")),
    ).toEqual(["2", "2"]);
  });

  it("uses overridden strings", async () => {
    const summary = await renderSummary(
      {
        strings: {
          when: "Quando",
          submitVia: (label) => `Enviar pelo ${label}`,
          kinds: { workshop: "Oficina" } as never,
        },
      },
      deltaProgram,
    );
    expect(fact(summary, "Quando")).toBe("Monday, 27 April 2026");
    expect(text(summary, "[part=call-to-action]")).toBe("Enviar pelo OpenReview");
    expect(text(summary, ".badge")).toBe("Oficina");
  });
});

describe("<event-summary> safety", () => {
  it("renders an XSS payload in a title, description and organiser's name as inert text", async () => {
    const payload = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;
    const program = programWith(sigmetricsProgram, (data) => {
      data.event.title = payload;
      data.event.description = `${payload}\n\nand math $\\href{javascript:window.__pwned=1}{x}$ beside $x^2$`;
      data.people.find((person: any) => person.id === "yuxin-chen").name = payload;
    });
    const summary = await renderSummary({}, program);
    await expect.poll(() => root(summary).querySelector("[part=description] math"), { timeout: 5000 }).not.toBeNull();
    expect(root(summary).querySelector("img, script, a[href^='javascript']")).toBeNull();
    expect(text(summary, "[part=title]")).toBe(payload);
    expect(text(summary, ".organisers li .person-name")).toBe(payload);
    expect(text(summary, "[part=description] p")).toBe(payload);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it("keeps the page's CSS out and its own in", async () => {
    const style = document.createElement("style");
    style.textContent =
      "* { color: rgb(255, 0, 0) !important; font-size: 40px !important; } article, dl { display: none !important; }";
    document.head.append(style);
    try {
      const summary = await renderSummary();
      expect(getComputedStyle(root(summary).querySelector("article")!).display).toBe("grid");
      expect(getComputedStyle(root(summary).querySelector("[part=facts]")!).display).toBe("grid");
      expect(getComputedStyle(root(summary).querySelector("[part=title]")!).color).not.toBe("rgb(255, 0, 0)");
      expect(getComputedStyle(root(summary).querySelector(".acronym")!).color).not.toBe("rgb(255, 0, 0)");
    } finally {
      style.remove();
    }
  });
});
