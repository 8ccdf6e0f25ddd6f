import type { JsonObject } from "./deploy-facts.js";

/**
 * Green's task definition is blue's with one change: the image of the configured container.
 * Everything else (environment, secrets, logging, CPU and memory, roles, volumes) is kept as is.
 */

export function containerImage(definition: JsonObject, container: string): string | undefined {
  const found = containers(definition).find((c) => c.name === container);
  return typeof found?.image === "string" ? found.image : undefined;
}

export function containerNames(definition: JsonObject): string[] {
  return containers(definition).flatMap((c) => (typeof c.name === "string" ? [c.name] : []));
}

export function withImage(definition: JsonObject, container: string, image: string): JsonObject {
  return {
    ...definition,
    containerDefinitions: containers(definition).map((c) => (c.name === container ? { ...c, image } : c)),
  };
}

function containers(definition: JsonObject): Record<string, unknown>[] {
  const list = definition.containerDefinitions;
  return Array.isArray(list) ? (list as Record<string, unknown>[]) : [];
}

/**
 * What differs between two JSON documents, one line per changed leaf:
 * `containerDefinitions[app].image: "a:1" → "a:2"`. Arrays of named objects (containers, environment
 * entries) are matched by name, so reordering shows no change; keys are compared sorted.
 */
export function jsonDiff(before: unknown, after: unknown, path = ""): string[] {
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => jsonDiff(before[key], after[key], path === "" ? key : `${path}.${key}`));
  }
  if (Array.isArray(before) && Array.isArray(after) && before.every(named) && after.every(named)) {
    const byName = (list: Record<string, unknown>[]) => new Map(list.map((item) => [String(item.name), item]));
    const [a, b] = [byName(before), byName(after)];
    const names = [...new Set([...a.keys(), ...b.keys()])].sort();
    return names.flatMap((name) => jsonDiff(a.get(name), b.get(name), `${path}[${name}]`));
  }
  const [a, b] = [JSON.stringify(before), JSON.stringify(after)];
  if (a === b) return [];
  if (before === undefined) return [`${path}: + ${b}`];
  if (after === undefined) return [`${path}: - ${a}`];
  return [`${path}: ${a} → ${b}`];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function named(item: unknown): item is Record<string, unknown> {
  return isObject(item) && typeof item.name === "string";
}
