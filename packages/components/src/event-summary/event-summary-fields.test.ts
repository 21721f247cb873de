import { afterEach, describe, expect, it } from "vitest";
import { deltaProgram, sigmetricsProgram } from "../testing/fixtures.js";
import { deadlines, fact, programWith, renderSummary, root, text, texts, tidy } from "./event-summary-test-kit.js";

afterEach(() => {
  document.body.replaceChildren();
});

describe("<event-summary> with other event fields", () => {
  it("shows a multi-day event as a date range", async () => {
    const program = programWith(sigmetricsProgram, (data) => (data.event.endDate = "2026-06-10"));
    const summary = await renderSummary({}, program);
    expect(fact(summary, "When")).toBe("Monday 8 June – Wednesday 10 June 2026");
  });

  it("writes a range across months and years with both months", async () => {
    const program = programWith(sigmetricsProgram, (data) => {
      data.event.startDate = "2026-12-30";
      data.event.endDate = "2027-01-02";
    });
    const summary = await renderSummary({}, program);
    expect(fact(summary, "When")).toBe("Wednesday 30 December 2026 – Saturday 2 January 2027");
  });

  it("shows a date-time deadline in its own zone labelled AoE, with the note", async () => {
    const summary = await renderSummary({}, programWith(deltaProgram, deadlines));
    const first = root(summary).querySelector(".dates dd")!;
    expect(texts(summary, ".dates dt")).toEqual(["Submission deadline", "Notification", "Camera-ready"]);
    expect(first.querySelector("time")?.getAttribute("datetime")).toBe("2026-02-01T23:59:00-12:00");
    expect(tidy(first.querySelector("time")?.textContent)).toBe("Sunday, 1 February 2026 at 23:59");
    expect(tidy(first.querySelector(".zone")?.textContent)).toBe("AoE");
    expect(tidy(first.querySelector(".note")?.textContent)).toBe("No extensions.");
  });

  it("adds the visitor's clock to a deadline when it reads differently", async () => {
    const summary = await renderSummary({}, programWith(deltaProgram, deadlines));
    // 23:59 at UTC−12 is 11:59 UTC the next day, 08:59 in São Paulo (UTC−3).
    expect(text(summary, ".dates .viewer-time")).toBe("(your time: Monday, 2 February 2026 at 08:59 GMT-3)");
  });

  it("shows a whole-day important date without a zone, and a date-time in the event's zone", async () => {
    const summary = await renderSummary({}, programWith(deltaProgram, deadlines));
    const [, notification, cameraReady] = root(summary).querySelectorAll(".dates dd");
    expect([tidy(notification!.textContent), notification!.querySelector("time")?.getAttribute("datetime")]).toEqual([
      "Sunday, 1 March 2026",
      "2026-03-01",
    ]);
    expect(tidy(cameraReady!.textContent)).toBe("Friday, 20 March 2026 at 17:00 Brasília Time (GMT−3)");
  });

  it("links the host conference when it has a url", async () => {
    const program = programWith(deltaProgram, (data) => (data.event.hostConference.url = "https://iclr.cc/"));
    const summary = await renderSummary({}, program);
    const link = root(summary).querySelector<HTMLAnchorElement>(".host a")!;
    expect([link.textContent, link.href]).toEqual(["ICLR 2026", "https://iclr.cc/"]);
  });

  it("shows the subtitle and the venue's name (linked) and address", async () => {
    const program = programWith(deltaProgram, (data) => {
      data.event.subtitle = "Second edition";
      data.event.venue = {
        name: "Riocentro",
        address: "Av. Salvador Allende, 6555",
        city: "Rio de Janeiro",
        country: "Brazil",
        url: "https://riocentro.com.br/",
      };
    });
    const summary = await renderSummary({}, program);
    expect(text(summary, ".subtitle")).toBe("Second edition");
    expect(texts(summary, ".venue span")).toEqual([
      "Riocentro",
      "Av. Salvador Allende, 6555",
      "Rio de Janeiro, Brazil",
    ]);
    expect(root(summary).querySelector<HTMLAnchorElement>(".venue a")?.href).toBe("https://riocentro.com.br/");
  });

  it("renders typed links with their labels, or a label for their kind", async () => {
    const program = programWith(deltaProgram, (data) => {
      data.event.links.push(
        { kind: "web", url: "https://delta-workshop.github.io/" },
        { kind: "call-for-papers", url: "https://example.org/cfp", label: "CfP (PDF)" },
      );
    });
    const summary = await renderSummary({}, program);
    const links = [...root(summary).querySelectorAll<HTMLAnchorElement>("[part=links] li a")].map((link) => [
      link.textContent,
      link.href,
    ]);
    expect(links).toEqual([
      ["Web page", "https://delta-workshop.github.io/"],
      ["CfP (PDF)", "https://example.org/cfp"],
    ]);
  });

  it("names the items that won an award", async () => {
    const program = programWith(deltaProgram, (data) => (data.event.awards[0].winners = ["oral-unmasking-policies"]));
    const summary = await renderSummary({}, program);
    expect(text(summary, ".award p:last-child")).toBe(
      "Awarded to: Learning Unmasking Policies for Diffusion Language Models",
    );
  });

  it("shows the fallback content inside the tag until a program is set", async () => {
    const summary = document.createElement("event-summary");
    summary.innerHTML = "<p>DeLTa 2026, 27 April, Rio de Janeiro</p>";
    document.body.append(summary);
    await summary.updateComplete;
    expect(root(summary).querySelector("slot")).not.toBeNull();
    summary.program = deltaProgram;
    await summary.updateComplete;
    expect(root(summary).querySelector("slot")).toBeNull();
  });
});
