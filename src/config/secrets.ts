import type { Config } from "./schema/index.js";

/**
 * Every config value that is a credential, plus the password inside the database URL. Values from
 * unset variables never reach the config (section-scope.ts), so no `${...}` text is listed here.
 */
export function secretValues(config: Config): string[] {
  const values: string[] = [];
  const url = config.database?.url;
  if (url) {
    values.push(url);
    const password = passwordInUrl(url);
    if (password) values.push(password, encodeURIComponent(password));
  }
  const auth = config.search?.auth;
  if (auth && "password" in auth) values.push(auth.password);
  if (auth && "apiKey" in auth) values.push(auth.apiKey);
  if (config.kafka?.sasl) values.push(config.kafka.sasl.password);
  // the key too: with the secret it makes the Basic credentials a request carries
  const flink = config.flink?.backend;
  if (flink?.type === "confluent") values.push(flink.apiKey, flink.apiSecret);
  return [...new Set(values.filter((v) => v.length > 0))];
}

/** The decoded password of a connection URL, or undefined when it has none or is not a URL. */
export function passwordInUrl(url: string): string | undefined {
  try {
    const password = new URL(url).password;
    return password === "" ? undefined : decodeURIComponent(password);
  } catch {
    return undefined;
  }
}
