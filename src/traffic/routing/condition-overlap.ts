import type { RuleCondition } from "../estate-facts.js";

/**
 * Whether two sets of ALB rule conditions can both hold for one request: a rule's conditions all
 * hold together (AND), the values of one condition are alternatives (OR). Pure, and conservative:
 * `disjoint` is true only when it can be proven, from literal path prefixes and suffixes, different
 * hosts, header values of the same header, or methods. Anything it cannot prove (query strings,
 * source IPs, regular expressions, two different headers) counts as overlapping.
 */
export function disjoint(a: readonly RuleCondition[], b: readonly RuleCondition[]): boolean {
  for (const x of a) {
    for (const y of b) {
      if (x.field !== y.field) continue;
      if (x.field === "http-header" && (x.header ?? "").toLowerCase() !== (y.header ?? "").toLowerCase()) continue;
      if (valuesDisjoint(x, y)) return true;
    }
  }
  return false;
}

/** Every value of one condition against every value of the other: disjoint only if no pair can meet. */
function valuesDisjoint(x: RuleCondition, y: RuleCondition): boolean {
  // a regular expression or a query-string pair can match what a literal cannot show
  if ((x.regexValues?.length ?? 0) > 0 || (y.regexValues?.length ?? 0) > 0) return false;
  if (x.values.length === 0 || y.values.length === 0) return false;
  switch (x.field) {
    case "path-pattern":
      return x.values.every((p) => y.values.every((q) => patternsDisjoint(p, q, false)));
    case "host-header":
    case "http-header":
      // hosts and header values are compared without regard to case
      return x.values.every((p) => y.values.every((q) => patternsDisjoint(p, q, true)));
    case "http-request-method":
      return !x.values.some((m) => y.values.includes(m));
    default:
      return false;
  }
}

/**
 * Two ALB patterns (`*` any run of characters, `?` one character) with no string matching both:
 * their literal starts (before the first wildcard) or literal ends (after the last) contradict.
 */
export function patternsDisjoint(p: string, q: string, ignoreCase: boolean): boolean {
  const [a, b] = ignoreCase ? [p.toLowerCase(), q.toLowerCase()] : [p, q];
  const literal = (s: string) => !/[*?]/.test(s);
  if (literal(a) && literal(b)) return a !== b;
  const start = (s: string) => s.slice(0, s.search(/[*?]|$/));
  const end = (s: string) => {
    const last = Math.max(s.lastIndexOf("*"), s.lastIndexOf("?"));
    return last < 0 ? s : s.slice(last + 1);
  };
  const [sa, sb] = [start(a), start(b)];
  if (!sa.startsWith(sb) && !sb.startsWith(sa)) return true;
  const [ea, eb] = [end(a), end(b)];
  return !ea.endsWith(eb) && !eb.endsWith(ea);
}

/**
 * Whether every request meeting `have` meets `rule` too: each of the rule's conditions is one of
 * `have`'s, with `have`'s values among the rule's (then the rule certainly takes such a request).
 */
export function implied(rule: readonly RuleCondition[], have: readonly RuleCondition[]): boolean {
  return rule.every((c) =>
    have.some((h) => {
      if (h.field !== c.field) return false;
      if (c.field === "http-header" && (c.header ?? "").toLowerCase() !== (h.header ?? "").toLowerCase()) return false;
      if ((c.regexValues?.length ?? 0) > 0 || (h.regexValues?.length ?? 0) > 0) return false;
      const fold = c.field === "path-pattern" || c.field === "query-string" ? (s: string) => s : (s: string) => s.toLowerCase();
      const ruleValues = new Set(c.values.map(fold));
      return h.values.length > 0 && h.values.every((v) => ruleValues.has(fold(v)));
    }),
  );
}
