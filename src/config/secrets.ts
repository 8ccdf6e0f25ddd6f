import type { Config } from "./schema.js";

/** Every config value that is a credential, plus the password inside the database URL. */
export function secretValues(config: Config): string[] {
  const values: string[] = [];
  if (config.database) {
    values.push(config.database.url);
    const password = passwordInUrl(config.database.url);
    if (password) values.push(password, encodeURIComponent(password));
  }
  const auth = config.search?.auth;
  if (auth && "password" in auth) values.push(auth.password);
  if (auth && "apiKey" in auth) values.push(auth.apiKey);
  if (config.kafka?.sasl) values.push(config.kafka.sasl.password);
  return [...new Set(values.filter((v) => v.length > 0))];
}

function passwordInUrl(url: string): string | undefined {
  try {
    const password = new URL(url).password;
    return password === "" ? undefined : decodeURIComponent(password);
  } catch {
    return undefined;
  }
}
