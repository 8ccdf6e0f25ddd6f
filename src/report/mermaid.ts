/**
 * Mermaid diagrams for the summaries (GitHub renders them; Jenkins archives the same Markdown):
 * the green weight over a switch's steps, and where each route sends its traffic before and after.
 *
 * Every node and edge id is made here, never taken from outside. Text from outside (route labels,
 * target group names) goes only into quoted labels, through `mermaidLabel`, which leaves a small
 * set of plain characters as they are and writes every other one as Mermaid's `#code;` entity, so a
 * name can never close its quote, start a statement, open a link, or become HTML or Markdown.
 */

/** A route and the target groups it forwards to, with their ALB weights. */
export interface RouteWeights {
  readonly route: string;
  readonly targets: readonly { readonly name: string; readonly weight: number }[];
}

export interface WeightPoint {
  /** The project's own words: "start", "1 12:00:05". */
  readonly label: string;
  /** Green's percent of the traffic, 0..100. */
  readonly green: number;
}

/** At most this many routes are drawn; the table beside the diagram lists them all. */
export const MAX_DRAWN_ROUTES = 25;
const MAX_LABEL = 80;

// no `%` (Mermaid comments and directives start with `%%`), no quotes, brackets, braces, `#`, `;`, `<`, `>`, backticks or pipes
const PLAIN = /[A-Za-z0-9 _.,:/()+=@-]/;

/**
 * Text for inside a quoted Mermaid label: plain characters kept, everything else as `#<code>;`.
 * Mermaid decodes entities before it draws, so `<` and `>` become look-alike angle quotes first:
 * decoded, they still make no tag.
 */
export function mermaidLabel(text: string): string {
  const chars = [...text.replace(/</g, "\u2039").replace(/>/g, "\u203a")];
  const shown = chars.length > MAX_LABEL ? [...chars.slice(0, MAX_LABEL - 1), "…"] : chars;
  return shown.map((c) => (PLAIN.test(c) ? c : `#${c.codePointAt(0) ?? 63};`)).join("");
}

/** For places where Mermaid takes no entities (an xychart's title and categories): plain characters only. */
function plainOnly(text: string): string {
  return [...text]
    .slice(0, MAX_LABEL)
    .map((c) => (PLAIN.test(c) ? c : "_"))
    .join("");
}

/** A line chart of green's share of the traffic at each step. */
export function weightsChart(title: string, points: readonly WeightPoint[]): string {
  const categories = points.map((p) => `"${plainOnly(p.label)}"`).join(", ");
  const values = points.map((p) => String(clampPercent(p.green))).join(", ");
  return [
    "xychart-beta",
    `  title "${plainOnly(title)}"`,
    `  x-axis [${categories}]`,
    '  y-axis "green %" 0 --> 100',
    `  line [${values}]`,
  ].join("\n");
}

/**
 * Where each route sends its traffic, before and after, side by side. An edge carries the target
 * group's share in percent; a target group at 0 is drawn with a dotted edge.
 */
export function routingFlowchart(before: readonly RouteWeights[], after: readonly RouteWeights[]): string {
  const lines = ["flowchart LR"];
  const drawn = (routes: readonly RouteWeights[], prefix: string, title: string) => {
    lines.push(`  subgraph ${prefix}["${mermaidLabel(title)}"]`, "    direction LR");
    routes.slice(0, MAX_DRAWN_ROUTES).forEach((route, r) => {
      const id = `${prefix}r${r}`;
      lines.push(`    ${id}["${mermaidLabel(route.route)}"]`);
      const total = route.targets.reduce((n, t) => n + t.weight, 0);
      route.targets.forEach((target, t) => {
        const share = total === 0 ? 0 : Math.round((target.weight / total) * 100);
        const arrow = share === 0 ? "-.->" : "-->";
        lines.push(`    ${id} ${arrow}|"${share}%"| ${id}t${t}["${mermaidLabel(target.name)}"]`);
      });
    });
    const more = routes.length - MAX_DRAWN_ROUTES;
    if (more > 0) lines.push(`    ${prefix}more["${more} more route(s): see the table"]`);
    lines.push("  end");
  };
  drawn(before, "before", "before");
  drawn(after, "after", "after");
  return lines.join("\n");
}

function clampPercent(value: number): number {
  return Number.isFinite(value) ? Math.min(100, Math.max(0, Math.round(value))) : 0;
}
