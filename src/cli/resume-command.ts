import { quote } from "shell-quote";
import type { Settings } from "./settings.js";

/** What a person runs to continue after a resumable failure: the same command, config and services, quoted for a shell. */
export function resumeCommand(settings: Settings): string {
  const args = ["cutover", settings.command, "--config", settings.configPath];
  if (settings.phase !== undefined) args.push("--phase", settings.phase);
  if (settings.release !== undefined) args.push("--release", settings.release);
  for (const service of settings.services) args.push("--service", service);
  return quote(args);
}
