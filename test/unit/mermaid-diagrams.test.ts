import { describe, expect, it } from "vitest";
import { mermaidLabel, routingFlowchart, weightsChart, MAX_DRAWN_ROUTES, type RouteWeights } from "../../src/report/mermaid.js";
import { Report, toMarkdown, toText } from "../../src/report/report.js";
import { mermaidParser } from "../support/mermaid-parser.js";

/** Names as AWS and configs may hold them, and as an attacker would write them. */
const HOSTILE = [
  'x"] --> evil["pwned',
  "<img src=x onerror=alert(1)>",
  "<script>alert(1)</script>",
  "a%%{init: {'securityLevel': 'loose'}}%%b",
  "%% comment",
  "line\nbreak\r\nclick r0 call alert()",
  "end",
  "subgraph x",
  "```\n# heading",
  "[link](javascript:alert(1))",
  "pipe | and ; semicolon # hash & amp",
  'click before r0 href "javascript:alert(1)"',
  "é ü 中文 🚀 \u2028 \u0000",
  "x".repeat(500),
];

interface FlowDb {
  getVertices(): Map<string, { id: string; text: string }>;
  getEdges(): unknown[];
}

async function flowchartDb(text: string): Promise<FlowDb> {
  await mermaidParser();
  const { default: mermaid } = await import("mermaid");
  const api = mermaid.mermaidAPI as unknown as { getDiagramFromText(text: string): Promise<{ db: FlowDb }> };
  return (await api.getDiagramFromText(text)).db;
}

describe("Mermaid diagrams in the summaries, checked by Mermaid's own parser", () => {
  it("the weights chart parses as an xychart", async () => {
    const parse = await mermaidParser();
    const chart = weightsChart("green share per step on alb-ks", [
      { label: "start", green: 0 },
      { label: "1 12:00:05", green: 10 },
      { label: "2 12:05:05", green: 50 },
      { label: "3 12:10:05", green: 100 },
    ]);
    expect(await parse(chart)).toMatchObject({ diagramType: "xychart" });
    expect(chart).toContain("line [0, 10, 50, 100]");
  });

  it("the weights chart keeps hostile titles and labels plain", async () => {
    const parse = await mermaidParser();
    for (const name of HOSTILE) {
      const chart = weightsChart(name, [
        { label: name, green: 0 },
        { label: "1", green: Number.NaN },
        { label: "2", green: 250 },
      ]);
      expect(await parse(chart), name).toMatchObject({ diagramType: "xychart" });
      expect(chart.split("\n"), name).toHaveLength(5);
      expect(chart).toContain("line [0, 0, 100]");
    }
  });

  it("the routing flowchart parses, with one node per route and target group and one edge per target group", async () => {
    const before: RouteWeights[] = [
      {
        route: "alb-ks default action",
        targets: [
          { name: "kie-server", weight: 100 },
          { name: "kie-server-abc", weight: 0 },
        ],
      },
    ];
    const after: RouteWeights[] = [
      {
        route: "alb-ks default action",
        targets: [
          { name: "kie-server", weight: 0 },
          { name: "kie-server-abc", weight: 100 },
        ],
      },
    ];
    const text = routingFlowchart(before, after);
    const parse = await mermaidParser();
    expect(await parse(text)).toMatchObject({ diagramType: "flowchart-v2" });
    const db = await flowchartDb(text);
    const labels = [...db.getVertices().values()].map((v) => v.text);
    expect(labels).toEqual([
      "alb-ks default action",
      "kie-server",
      "kie-server-abc",
      "alb-ks default action",
      "kie-server",
      "kie-server-abc",
    ]);
    expect(db.getEdges()).toHaveLength(4);
    expect(text).toContain('-->|"100%"|');
    expect(text).toContain('-.->|"0%"|');
  });

  it("hostile route and target group names stay one label each: no extra node, edge, click or directive", async () => {
    const parse = await mermaidParser();
    for (const name of HOSTILE) {
      const routes: RouteWeights[] = [
        {
          route: name,
          targets: [
            { name, weight: 60 },
            { name: `${name}-2`, weight: 40 },
          ],
        },
      ];
      const text = routingFlowchart(routes, routes);
      expect(await parse(text), name).toMatchObject({ diagramType: "flowchart-v2" });
      const db = await flowchartDb(text);
      expect(db.getVertices().size, name).toBe(6);
      expect(db.getEdges(), name).toHaveLength(4);
      // nothing from outside reaches the source as markup: no quote, bracket, angle bracket, newline or `%%`
      const labels = [...text.matchAll(/\["([^"]*)"\]/g)].map((m) => m[1] ?? "");
      for (const label of labels) expect(label, name).not.toMatch(/["<>[\]{}|`\n%]/);
      expect(
        text.split("\n").every((l) => !l.trimStart().startsWith("%%")),
        name,
      ).toBe(true);
      for (const vertex of db.getVertices().values()) expect(vertex.text, name).not.toMatch(/[<>]/);
      expect(text).not.toMatch(/^\s*click/m);
    }
  });

  it("a label keeps plain characters and writes every other as an entity", () => {
    expect(mermaidLabel("alb-ks default action (alb-ks:80)")).toBe("alb-ks default action (alb-ks:80)");
    // angle brackets become look-alikes first: decoded by Mermaid, they still make no tag
    expect(mermaidLabel('a"b<c>')).toBe("a#34;b#8249;c#8250;");
    expect(mermaidLabel("x".repeat(500))).toBe(`${"x".repeat(79)}#8230;`);
  });

  it("draws at most 25 routes and says how many more the table holds", async () => {
    const routes = Array.from({ length: 30 }, (_v, i) => ({ route: `route ${i}`, targets: [{ name: `tg-${i}`, weight: 1 }] }));
    const text = routingFlowchart(routes, []);
    expect(await (await mermaidParser())(text)).toMatchObject({ diagramType: "flowchart-v2" });
    expect(text).toContain(`${30 - MAX_DRAWN_ROUTES} more route(s): see the table`);
  });

  it("a diagram is a mermaid fence in Markdown and left out of terminal text", () => {
    const report = new Report().text("weights").diagram(weightsChart("t", [{ label: "start", green: 0 }]));
    expect(toMarkdown(report)).toContain("```mermaid\nxychart-beta");
    expect(toText(report)).toBe("weights\n");
  });
});
