/**
 * A value that came from the environment may be a secret, and it is not masked yet while the config
 * is still being checked (secrets are known only once it is valid). So problem messages never quote
 * one: wherever a message holds a substituted value, or the start of one cut short with `...`, it
 * shows the reference instead (`${DATABASE_URL}`).
 */

/** Shorter values are ordinary words and numbers; replacing them would garble messages. */
const MIN_HIDDEN_LENGTH = 4;

export function hideEnvValues(messages: readonly string[], substituted: ReadonlyMap<string, string>): string[] {
  const values = [...substituted].filter(([, value]) => value.length >= MIN_HIDDEN_LENGTH).sort(([, a], [, b]) => b.length - a.length);
  return messages.map((message) => {
    let out = message;
    for (const [name, value] of values) {
      const reference = `\${${name}}`;
      out = out.split(value).join(reference);
      // a quoted value may be clipped (`got 'postgresql://app:pw@d...'`): hide the prefix as well
      for (let length = value.length - 1; length >= MIN_HIDDEN_LENGTH; length--) {
        const clipped = `${value.slice(0, length)}...`;
        if (out.includes(clipped)) out = out.split(clipped).join(`${reference}...`);
      }
    }
    return out;
  });
}
