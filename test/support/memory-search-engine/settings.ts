/**
 * Index settings as the engines keep them: flat keys under `index.`, every value a string, read back
 * nested (`{ index: { number_of_replicas: "0" } }`). A request may send them nested or flat, with or
 * without the `index.` prefix; `null` resets a setting to its default.
 */
import { answer } from "./faults.js";

export type Settings = Map<string, string | string[]>;
type Json = Record<string, unknown>;

/** Fixed at creation: changing them on an open index is refused. */
const STATIC_SETTINGS = new Set([
  "index.number_of_shards",
  "index.uuid",
  "index.creation_date",
  "index.provided_name",
  "index.version.created",
]);

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `{ index: { a: 1 } }`, `{ "index.a": 1 }` and `{ a: 1 }` all become `index.a → "1"`; null stays null. */
export function flatSettings(settings: Readonly<Json>, prefix = ""): Map<string, string | string[] | null> {
  const flat = new Map<string, string | string[] | null>();
  for (const [key, value] of Object.entries(settings)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isObject(value)) {
      for (const [k, v] of flatSettings(value, path)) flat.set(k, v);
      continue;
    }
    const name = path.startsWith("index.") ? path : `index.${path}`;
    flat.set(name, value === null ? null : Array.isArray(value) ? value.map(String) : String(value));
  }
  return flat;
}

const TIME = /^(-1|0|\d+(nanos|micros|ms|s|m|h|d))$/;

/** The checks the engines make on the settings cutover uses; others are taken as they come. */
function checkValue(index: string, key: string, value: string | string[]): void {
  const text = Array.isArray(value) ? value.join(",") : value;
  const bad = (expected: string) =>
    answer(400, "illegal_argument_exception", `failed to parse value [${text}] for setting [${key}] on [${index}]: ${expected}`);
  if (key === "index.number_of_shards" && !(/^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= 1024)) throw bad("1..1024");
  if (key === "index.number_of_replicas" && !/^\d+$/.test(text)) throw bad("a whole number >= 0");
  if ((key === "index.refresh_interval" || key === "index.gc_deletes") && !TIME.test(text)) throw bad("a time value such as 1s or -1");
  if (key === "index.hidden" && text !== "true" && text !== "false") throw bad("true or false");
}

export function initialSettings(
  name: string,
  uuid: string,
  createdAt: number,
  requested: Readonly<Json>,
  versionCreated: string,
): Settings {
  const settings: Settings = new Map([
    ["index.number_of_shards", "1"],
    ["index.number_of_replicas", "1"],
  ]);
  for (const [key, value] of flatSettings(requested)) {
    if (value === null) continue;
    checkValue(name, key, value);
    settings.set(key, value);
  }
  settings.set("index.uuid", uuid);
  settings.set("index.provided_name", name);
  settings.set("index.creation_date", String(createdAt));
  settings.set("index.version.created", versionCreated);
  return settings;
}

/** Checks every change first: a refused update changes nothing. */
export function updatedSettings(index: string, uuid: string, current: Settings, requested: Readonly<Json>): Settings {
  const changes = flatSettings(requested);
  if (changes.size === 0) throw answer(400, "action_request_validation_exception", "Validation Failed: 1: no settings to update;");
  const fixed = [...changes.keys()].filter((key) => STATIC_SETTINGS.has(key));
  if (fixed.length > 0)
    throw answer(
      400,
      "illegal_argument_exception",
      `Can't update non dynamic settings [[${fixed.join(", ")}]] for open indices [[${index}/${uuid}]]`,
    );
  const next: Settings = new Map(current);
  for (const [key, value] of changes) {
    if (value === null) next.delete(key);
    else {
      checkValue(index, key, value);
      next.set(key, value);
    }
  }
  return next;
}

/** `index.a.b → "1"` as `{ index: { a: { b: "1" } } }`. */
export function nestedSettings(settings: Settings): Json {
  const root: Json = {};
  for (const [key, value] of [...settings].sort(([a], [b]) => a.localeCompare(b))) {
    const parts = key.split(".");
    let node = root;
    for (const part of parts.slice(0, -1)) {
      const next = node[part];
      node = isObject(next) ? next : (node[part] = {});
    }
    node[parts.at(-1) as string] = Array.isArray(value) ? [...value] : value;
  }
  return root;
}

/** A time setting in milliseconds (`60s` → 60000); -1 for `-1`. */
export function timeSetting(settings: Settings, key: string, fallback: string): number {
  const raw = settings.get(key);
  const text = typeof raw === "string" ? raw : fallback;
  if (text === "-1") return -1;
  const match = /^(\d+)(nanos|micros|ms|s|m|h|d)?$/.exec(text);
  if (!match) return -1;
  const unit = { nanos: 1e-6, micros: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2] ?? "ms"] ?? 1;
  return Number(match[1]) * unit;
}
