/**
 * The new index's body: the configured mappings (plus tombstone fields for a Kafka-fed build) and
 * settings, with bulk-load settings on top; and the live settings applied once it is loaded.
 */
import { readFile } from "node:fs/promises";
import { resolveConfigPath } from "../config/file-references.js";
import type { SearchIndexConfig } from "../config/schema/index.js";
import { tombstoneMappings } from "./tombstones.js";

type Json = Record<string, unknown>;

/** While loading: no refresh, no replicas (restored by the live settings afterwards). */
export const BULK_LOAD_SETTINGS: Json = { refresh_interval: "-1", number_of_replicas: 0 };

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

async function readJson(configPath: string, path: string): Promise<Json> {
  // checked at config load (an object, inside the allowed folders); read again here
  const parsed: unknown = JSON.parse(await readFile(resolveConfigPath(configPath, path), "utf8"));
  if (!isObject(parsed)) throw new Error(`'${path}' does not hold a JSON object`);
  return parsed;
}

/** Settings as `{ key: value }` without the `index.` prefix, flat or nested alike. */
export function flattenSettings(settings: Json, prefix = ""): Json {
  const flat: Json = {};
  for (const [key, value] of Object.entries(settings)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isObject(value)) Object.assign(flat, flattenSettings(value, path));
    else flat[path.startsWith("index.") ? path.slice("index.".length) : path] = value;
  }
  return flat;
}

/** Deep merge of mapping objects: `extra` adds fields, never replaces the configured ones. */
export function mergeMappings(base: Json, extra: Json): Json {
  const merged: Json = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const existing = merged[key];
    merged[key] = isObject(existing) && isObject(value) ? mergeMappings(existing, value) : (existing ?? value);
  }
  return merged;
}

export async function newIndexBody(config: SearchIndexConfig, configPath: string): Promise<{ mappings: Json; settings: Json }> {
  let mappings: Json = {};
  if (config.mappings) {
    const file = await readJson(configPath, config.mappings);
    // a mapping file may hold the mappings themselves or a whole index body
    mappings = isObject(file.mappings) ? file.mappings : file;
  }
  if (config.source.type === "kafka") mappings = mergeMappings(mappings, tombstoneMappings());
  let settings: Json = {};
  if (typeof config.settings === "string") {
    const file = await readJson(configPath, config.settings);
    settings = isObject(file.settings) ? file.settings : file;
  } else if (config.settings) settings = config.settings;
  return { mappings, settings: { ...flattenSettings(settings), ...BULK_LOAD_SETTINGS } };
}

/**
 * Settings once loaded: the configured liveSettings; every bulk-load setting they do not name comes
 * from blue, so green serves as blue did, else the engine's default (null resets a setting). A
 * liveSettings without refresh_interval must not leave green at the load's -1: it would never
 * refresh, and writes after the switch would never become searchable.
 */
export function liveSettingsFor(config: SearchIndexConfig, blueSettings: Json | undefined, configured: Json): Json {
  const live = config.liveSettings ? flattenSettings(config.liveSettings) : {};
  const blue = blueSettings ? flattenSettings(blueSettings) : {};
  const pick = (key: string): unknown => {
    if (key in configured && configured[key] !== BULK_LOAD_SETTINGS[key]) return configured[key];
    return blue[key] ?? null;
  };
  const restored = Object.fromEntries(Object.keys(BULK_LOAD_SETTINGS).map((key) => [key, pick(key)]));
  return { ...restored, ...live };
}
