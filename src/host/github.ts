import * as core from "@actions/core";
import { toMarkdown, toText, type Report } from "../report/report.js";
import type { Host, Logger } from "./host.js";
import { Redactor } from "./redact.js";

/**
 * GitHub Actions, through @actions/core: inputs, outputs, step summary, masking and log groups.
 * This is the only file in the project that imports @actions/*; it is loaded only on GitHub.
 */
export class GitHubHost implements Host {
  readonly kind = "github" as const;
  private readonly redactor = new Redactor();

  readonly log: Logger = {
    info: (m) => core.info(this.redactor.redact(m)),
    warn: (m) => core.warning(this.redactor.redact(m)),
    error: (m) => core.error(this.redactor.redact(m)),
    debug: (m) => core.debug(this.redactor.redact(m)),
    group: (title, body) => core.group(this.redactor.redact(title), body),
  };

  input(name: string): string | undefined {
    const value = core.getInput(name);
    return value === "" ? undefined : value;
  }

  maskSecret(value: string): void {
    this.redactor.add(value);
    core.setSecret(value);
  }

  setOutput(name: string, value: string): void {
    core.setOutput(name, this.redactor.redact(value));
  }

  async writeSummary(report: Report, title: string): Promise<void> {
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    await core.summary
      .addHeading(`cutover ${title}`, 2)
      .addRaw(this.redactor.redact(toMarkdown(report)), true)
      .write();
  }

  async close(): Promise<void> {}

  printReport(report: Report): void {
    process.stdout.write(this.redactor.redact(toText(report)));
  }

  printJson(value: unknown): void {
    process.stdout.write(`${this.redactor.redact(JSON.stringify(value, null, 2))}\n`);
  }
}
