import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { escapeMarkdown } from "../report/escape.js";
import { toMarkdown, type Report } from "../report/report.js";
import { LocalHost, type ConsoleIo } from "./local.js";

interface OutputsFile {
  build: string;
  commands: Record<string, Record<string, string>>;
}

/**
 * Jenkins has no outputs or summaries of its own: outputs go to a JSON file and the report to a
 * Markdown file in the workspace, both meant for `archiveArtifacts`. A workspace is reused across
 * builds, so each file is started afresh when the build number changes.
 */
export class JenkinsHost extends LocalHost {
  override readonly kind = "jenkins" as const;
  private readonly build: string;

  constructor(
    io: ConsoleIo,
    private readonly command: string,
  ) {
    super(io);
    this.build = `${io.env.JOB_NAME ?? "job"}#${io.env.BUILD_NUMBER ?? io.env.BUILD_ID ?? "?"}`;
  }

  private file(name: "outputs" | "summary"): string {
    const dir = this.io.env.WORKSPACE ?? ".";
    if (name === "outputs") return this.io.env.CUTOVER_OUTPUT_FILE ?? join(dir, "cutover-outputs.json");
    return this.io.env.CUTOVER_SUMMARY_FILE ?? join(dir, "cutover-summary.md");
  }

  override async writeSummary(report: Report, title: string): Promise<void> {
    const path = this.file("summary");
    // the job name comes from Jenkins: encoded, it cannot close the comment
    const marker = `<!-- cutover build ${encodeURIComponent(this.build)} -->`;
    const previous = await readFile(path, "utf8").catch(() => "");
    const keep = previous.startsWith(marker) ? previous : `${marker}\n# cutover — ${escapeMarkdown(this.build)}\n`;
    // set by the Jenkinsfile from the approval input's submitterParameter, for every stage after it
    const approver = this.io.env.CUTOVER_APPROVED_BY;
    const approval = approver ? `Traffic switch approved by **${escapeMarkdown(approver)}**.\n\n` : "";
    await writeFile(path, `${keep}\n## ${escapeMarkdown(title)}\n\n${approval}${toMarkdown(this.redactReport(report))}`);
  }

  override async close(): Promise<void> {
    const path = this.file("outputs");
    const previous = await readFile(path, "utf8")
      .then((text) => JSON.parse(text) as OutputsFile)
      .catch(() => undefined);
    const file: OutputsFile = previous?.build === this.build ? previous : { build: this.build, commands: {} };
    file.commands[this.command] = Object.fromEntries(this.outputs);
    await writeFile(path, `${JSON.stringify(file, null, 2)}\n`);
  }
}
