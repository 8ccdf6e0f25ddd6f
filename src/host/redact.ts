/**
 * Replaces every registered secret in text with `***`. Every host runs its output through one of
 * these, so a secret is hidden even where no runner-side masking exists (Jenkins, a terminal).
 */
export class Redactor {
  private secrets: string[] = [];

  add(secret: string): void {
    // very short values would blank out ordinary words; the runner treats them the same way
    if (secret.length < 4 || this.secrets.includes(secret)) return;
    this.secrets.push(secret);
    this.secrets.sort((a, b) => b.length - a.length);
  }

  redact(text: string): string {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join("***");
    return out;
  }
}
