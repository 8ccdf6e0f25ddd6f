import { escapeControlChars } from "../report/escape.js";

/** Shorter values would blank out ordinary words; the config refuses secrets this short. */
export const MIN_SECRET_LENGTH = 4;

/**
 * Every form in which a secret can reach a log, an output or a file: as it is, each line of a
 * multi-line secret, JSON-escaped (inside a serialized result), as cutover's own renderers show it
 * (control characters escaped), URL-encoded (inside a connection string or query) and base64 (inside
 * an Authorization header). Forms shorter than MIN_SECRET_LENGTH are left out.
 */
export function secretForms(secret: string): string[] {
  const forms = new Set<string>([secret]);
  for (const line of secret.split(/\r\n|\r|\n/)) forms.add(line.trim());
  forms.add(JSON.stringify(secret).slice(1, -1));
  forms.add(escapeControlChars(secret));
  forms.add(encodeURIComponent(secret));
  forms.add(encodeURIComponent(secret).replace(/%20/g, "+"));
  forms.add(Buffer.from(secret, "utf8").toString("base64"));
  forms.add(Buffer.from(secret, "utf8").toString("base64url"));
  return [...forms].filter((form) => form.length >= MIN_SECRET_LENGTH);
}

/**
 * Replaces every registered secret, in any of its forms, with `***`. It works on values, before they
 * are serialized or rendered: a structured result is redacted string by string, so redaction never
 * breaks the JSON or Markdown around a value.
 */
export class Redactor {
  private forms: string[] = [];

  /** Registers a secret; returns the forms not seen before, for the runner's own masking. */
  add(secret: string): string[] {
    const fresh = secretForms(secret).filter((form) => !this.forms.includes(form));
    if (fresh.length > 0) {
      this.forms.push(...fresh);
      // longest first, so a form that contains another is replaced whole
      this.forms.sort((a, b) => b.length - a.length);
    }
    return fresh;
  }

  redactText(text: string): string {
    let out = text;
    for (const form of this.forms) if (out.includes(form)) out = out.split(form).join("***");
    return out;
  }

  /** A deep copy of plain data with every string (keys too) redacted. */
  redactValue<T>(value: T): T {
    return this.walk(value) as T;
  }

  private walk(value: unknown): unknown {
    if (typeof value === "string") return this.redactText(value);
    if (Array.isArray(value)) return value.map((item) => this.walk(item));
    if (value !== null && typeof value === "object") {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        // defineProperty: a key such as `__proto__` stays an ordinary key
        Object.defineProperty(out, this.redactText(key), { value: this.walk(item), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    return value;
  }
}
