/** The last step of a build: green gets the settings it will serve with, and a refresh. */
import type { SearchIndexConfig } from "../config/schema/index.js";
import type { SearchEngine } from "../search/engine.js";
import { flattenSettings, liveSettingsFor } from "./index-body.js";

export async function applyLiveSettings(
  engine: SearchEngine,
  config: SearchIndexConfig,
  green: string,
  blue: string | undefined,
): Promise<Record<string, unknown>> {
  const blueSettings = blue && (await engine.exists(blue)) ? await engine.getSettings(blue) : undefined;
  const configured = typeof config.settings === "object" ? flattenSettings(config.settings) : {};
  const settings = liveSettingsFor(config, blueSettings, configured);
  await engine.putSettings(green, settings);
  await engine.refresh(green);
  return settings;
}
