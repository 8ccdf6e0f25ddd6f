import { RULES } from "../db/lint/rules.js";
import { formatKeyPath, type KeyPath } from "./key-path.js";
import type { Config } from "./schema/index.js";
import type { ConfigSection } from "./sections.js";

const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));

/**
 * Rules that span sections: every route names a listed service, every service is routed, services
 * need the aws section, a Kafka-fed index needs the kafka section. A section left out for this
 * command (it held unset variables; see validate.ts) is unknown rather than empty, so a rule that
 * reads it is skipped instead of reporting what was never checked.
 */
export function checkCrossReferences(config: Config, leftOut: ReadonlySet<ConfigSection>): string[] {
  const problems: string[] = [];
  const problem = (path: KeyPath, message: string) => problems.push(`${formatKeyPath(path)}: ${message}`);
  const known = (...sections: ConfigSection[]) => sections.every((s) => !leftOut.has(s));
  const names = new Set(config.services.map((s) => s.name));

  // a misspelt rule id would silently allow nothing (or, worse, be read later as allowing something)
  config.database?.safety.allow.forEach((entry, index) => {
    const rule = entry.includes("/") ? entry.slice(entry.lastIndexOf("/") + 1) : entry;
    const migration = entry.includes("/") ? entry.slice(0, entry.lastIndexOf("/")) : undefined;
    if (!RULE_IDS.has(rule)) problem(["database", "safety", "allow", index], `unknown rule '${rule}' (rules: ${[...RULE_IDS].join(", ")})`);
    else if (migration === "")
      problem(["database", "safety", "allow", index], "a '<migration>/<rule>' entry needs the migration's folder name");
  });

  if (known("services", "loadBalancers")) {
    const routed = new Set<string>();
    const forwardActions = new Map<string, string>();
    config.loadBalancers.forEach((lb, lbIndex) => {
      const listenerKey = "arn" in lb.listener ? lb.listener.arn : `${lb.listener.loadBalancer}:${lb.listener.port}`;
      lb.routes.forEach((route, routeIndex) => {
        const path = ["loadBalancers", lbIndex, "routes", routeIndex];
        if (!names.has(route.service)) {
          problem([...path, "service"], `no service named '${route.service}' (services: ${[...names].join(", ") || "none"})`);
        }
        routed.add(route.service);
        const ruleKey =
          route.rule === "default" ? "default" : "priority" in route.rule ? `priority ${route.rule.priority}` : route.rule.arn;
        const other = forwardActions.get(`${listenerKey} ${ruleKey}`);
        if (other !== undefined) problem([...path, "rule"], `the same listener rule is already routed at ${other}`);
        else forwardActions.set(`${listenerKey} ${ruleKey}`, formatKeyPath(path));
      });
    });
    config.services.forEach((service, index) => {
      if (!routed.has(service.name)) {
        problem(
          ["services", index],
          `service '${service.name}' is not routed by any loadBalancers[].routes entry, so it could never take traffic`,
        );
      }
    });
  }

  if (known("aws", "services") && config.services.length > 0 && config.aws === undefined) {
    problem(["aws"], "is required when services are listed (at least { region })");
  }

  if (known("verify", "services", "loadBalancers")) {
    const lbNames = config.loadBalancers.map((lb) => lb.name);
    config.verify?.checks.forEach((check, i) => {
      if (check.service !== undefined && !names.has(check.service))
        problem(["verify", "checks", i, "service"], `no service named '${check.service}' (services: ${[...names].join(", ") || "none"})`);
      if (check.loadBalancer !== undefined && !lbNames.includes(check.loadBalancer))
        problem(
          ["verify", "checks", i, "loadBalancer"],
          `no load balancer named '${check.loadBalancer}' (loadBalancers: ${lbNames.join(", ") || "none"})`,
        );
    });
  }

  if (known("kafka", "search") && config.kafka === undefined) {
    config.search?.indices.forEach((index, i) => {
      if (index.source.type === "kafka")
        problem(["search", "indices", i, "source"], "a kafka source needs the top-level kafka section (brokers)");
    });
  }

  // the lag a switch checks, the release lock and the gateway's state are all read from Kafka
  if (known("kafka", "flink") && config.flink !== undefined && config.kafka === undefined)
    problem(
      ["flink"],
      "needs the top-level kafka section (brokers): the switch measures green's lag there, and the release lock is kept there",
    );
  return problems;
}
