import type { Config } from "../config/schema/index.js";
import { InputError } from "../errors.js";

/**
 * `--service` narrows a command to some services. Unknown names are bad input (exit 2), each named
 * with the services the config has. Returns the test the command applies; no names selects all.
 */
export function serviceFilter(config: Config, names: readonly string[]): (service: string) => boolean {
  const unknown = names.filter((name) => !config.services.some((s) => s.name === name));
  if (unknown.length > 0) {
    throw new InputError(
      `--service names a service that is not in the config`,
      unknown.map((n) => `--service: no service named '${n}' (services: ${config.services.map((s) => s.name).join(", ") || "none"})`),
    );
  }
  return (service) => names.length === 0 || names.includes(service);
}
