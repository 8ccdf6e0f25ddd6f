import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GitHubHost } from "../../src/host/github.js";
import type { Host } from "../../src/host/host.js";
import { JenkinsHost } from "../../src/host/jenkins.js";
import { LocalHost } from "../../src/host/local.js";
import { guardWorkflowCommands, neutralizeJson } from "../../src/host/workflow-command-guard.js";
import { escapeMarkdown, markdownCodeBlock } from "../../src/report/escape.js";
import { Report, toMarkdown, toText } from "../../src/report/report.js";
import { runnerCommands } from "../support/runner-commands.js";
import { fakeIo } from "../support/fake-io.js";

type FakeIo = ReturnType<typeof fakeIo>["io"];

/** Values that try to start a workflow command, each by another route to a new line or a command. */
const PAYLOADS = [
  "x\n::add-mask::PWNED",
  "x\r::warning::PWNED",
  "x\r\n::error::PWNED",
  "x\u2028::notice::PWNED",
  "x\u0085::set-output name=a::PWNED",
  "::stop-commands::PWNED",
  "  ::add-mask::PWNED",
  "x ##[add-mask]PWNED",
  "x\u000b::debug::PWNED",
  "\u001b[2K\r::group::PWNED",
  "x\n::endgroup::",
];
const BENIGN = "an ordinary value";

/** Every route by which a value reaches the GitHub log in one command run. */
async function printEverywhere(host: Host, value: string): Promise<void> {
  host.log.info(`the image is ${value}`);
  host.log.info(value);
  host.log.warn(`alarm ${value} is in ALARM`);
  host.log.error(value);
  host.log.debug(value);
  host.log.verbatim(`output of ${value}`, `line one\n${value}\nline three`);
  await host.log.group(`deploying ${value}`, async () => host.log.info("inside"));
  host.printReport(
    new Report()
      .heading(value)
      .text(value)
      .list([value, `item ${value}`])
      .table(["name", value], [[value, "x"]])
      .code(value),
  );
  host.setOutput("text", value);
  host.setOutput("data", { value });
}

describe("values from outside never start a workflow command in the GitHub log", () => {
  const saved = { ...process.env };
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "cutover-inject-"));
    for (const name of ["output", "summary"]) writeFileSync(join(dir, name), "");
    process.env.GITHUB_OUTPUT = join(dir, "output");
    process.env.GITHUB_STEP_SUMMARY = join(dir, "summary");
  });
  afterEach(() => {
    process.env = { ...saved };
  });

  async function commandsFor(value: string, json: boolean) {
    const { io, stdout, stderr } = fakeIo({ CUTOVER_HOST: "github" });
    const host = new GitHubHost(io);
    if (json) host.reserveStdoutForJson();
    await printEverywhere(host, value);
    host.printJson({ value });
    const all = [...runnerCommands(stdout()), ...runnerCommands(stderr())];
    // cutover's own guards: stop-commands with its random token
    const guards = all.filter((c) => c.name === "stop-commands" && /^cutover-[0-9a-f]{32}$/.test(c.data));
    return { out: stdout(), err: stderr(), guards, commands: all.filter((c) => !guards.includes(c)) };
  }

  for (const json of [false, true]) {
    it.each(PAYLOADS)(`${json ? "with --json, " : ""}%j adds no command to the ones cutover issues`, async (payload) => {
      const benign = await commandsFor(BENIGN, json);
      const hostile = await commandsFor(payload, json);
      // the same commands, by name, as for a harmless value: nothing was added by the payload
      expect(hostile.commands.map((c) => c.name)).toEqual(benign.commands.map((c) => c.name));
      expect(hostile.commands.filter((c) => c.legacy)).toEqual([]);
      expect(hostile.commands.filter((c) => c.name === "add-mask")).toEqual([]);
    });
  }

  it("the benign run does issue commands (the oracle can see them)", async () => {
    const { commands } = await commandsFor(BENIGN, false);
    expect(commands.map((c) => c.name)).toEqual(expect.arrayContaining(["warning", "error", "debug", "group", "endgroup"]));
  });

  it("a verbatim block that would hold a command is wrapped in stop-commands with an unguessable token", () => {
    const guarded = guardWorkflowCommands("ok\n::add-mask::x\n");
    const [first = "", , , last = ""] = guarded.split("\n");
    expect(first).toMatch(/^::stop-commands::cutover-[0-9a-f]{32}$/);
    expect(last).toBe(`::${first.slice("::stop-commands::".length)}::`);
    expect(runnerCommands(guarded).map((c) => c.name)).toEqual(["stop-commands"]);
    expect(guardWorkflowCommands("nothing to see\n")).toBe("nothing to see\n");
  });

  it("JSON for stdout stays JSON and holds no legacy command", () => {
    const json = neutralizeJson(JSON.stringify({ a: "x ##[add-mask]PWNED", b: "###[" }, null, 2));
    expect(JSON.parse(json)).toEqual({ a: "x ##[add-mask]PWNED", b: "###[" });
    expect(runnerCommands(json)).toEqual([]);
  });
});

describe("terminal and Jenkins logs show control characters as escapes", () => {
  it.each(PAYLOADS)("%j stays on its line", (payload) => {
    const hosts = [(io: FakeIo) => new LocalHost(io), (io: FakeIo) => new JenkinsHost(io, "plan")];
    const linesFor = (make: (io: FakeIo) => Host, value: string) => {
      const fake = fakeIo({ WORKSPACE: mkdtempSync(join(tmpdir(), "cutover-j-")) });
      const host = make(fake.io);
      host.log.info(`value ${value}`);
      host.log.warn(value);
      host.printReport(
        new Report()
          .text(value)
          .list([value])
          .table(["h"], [[value]]),
      );
      // cutover's own guard lines (a value that begins like a workflow command gets wrapped) aside
      return `${fake.stdout()}${fake.stderr()}`.split("\n").filter((l) => !/^::(stop-commands::)?cutover-[0-9a-f]{32}(::)?$/.test(l));
    };
    for (const make of hosts) {
      const lines = linesFor(make, payload);
      // as many lines as for a harmless value, and no raw control character left in any
      expect(lines.length).toBe(linesFor(make, BENIGN).length);
      // eslint-disable-next-line no-control-regex -- looking for raw control characters
      expect(lines.filter((l) => /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/.test(l))).toEqual([]);
    }
  });
});

describe("the step summary renders values as text, never as markup", () => {
  const HOSTILE = [
    '<img src="https://attacker.example/x.png">',
    "<script>alert(1)</script>",
    "![tracker](https://attacker.example/t.png)",
    "[click](javascript:alert(1))",
    "**bold** _em_ ~~gone~~ `code`",
    "# heading",
    "- list",
    "1. numbered",
    "> quote",
    "a | b | c",
    "line\n<img src=x>",
    "&lt;img src=x&gt;",
  ];

  it.each(HOSTILE)("%j", (value) => {
    const md = toMarkdown(
      new Report()
        .heading(value)
        .text(value)
        .list([value])
        .table(["h", value], [[value, value]]),
    );
    expect(md).not.toMatch(/<(img|script)/i);
    expect(md).not.toMatch(/(^|[^\\])!\[/m);
    expect(md).not.toMatch(/(^|[^\\])\[click\]/m);
    expect(md).not.toMatch(/(^|[^\\])\*\*bold/m);
    // a table row keeps its cell count whatever the value holds
    const rows = md.split("\n").filter((l) => l.startsWith("| "));
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(4);
  });

  it("escapes only what makes markup, so ordinary names stay readable in the raw file", () => {
    expect(escapeMarkdown("spectate-feeds:80 rule priority 10")).toBe("spectate-feeds:80 rule priority 10");
    expect(escapeMarkdown("- x")).toBe("\\- x");
    expect(escapeMarkdown("12. x")).toBe("12\\. x");
  });

  it("a code block cannot be closed by the text inside it", () => {
    const block = markdownCodeBlock("before\n```\n<img src=x>\n````\nafter");
    expect(block.startsWith("`````text\n")).toBe(true);
    expect(block.endsWith("\n`````")).toBe(true);
  });

  it("the GitHub summary's heading is escaped too", async () => {
    const saved = { ...process.env };
    const dir = mkdtempSync(join(tmpdir(), "cutover-sum-"));
    writeFileSync(join(dir, "summary"), "");
    process.env.GITHUB_STEP_SUMMARY = join(dir, "summary");
    try {
      await new GitHubHost(fakeIo().io).writeSummary(new Report().text("<b>x</b>"), "<img src=x>");
      const summary = readFileSync(join(dir, "summary"), "utf8");
      expect(summary).toContain("<h2>cutover &lt;img src=x&gt;</h2>");
      expect(summary).not.toMatch(/<(img|b)>/);
    } finally {
      process.env = saved;
    }
  });

  it("plain text shows control characters as escapes", () => {
    expect(toText(new Report().text("a\nb\u001b[31m"))).toBe("a\\nb\\x1b[31m\n");
    expect(toText(new Report().code("a\nb"))).toBe("    a\n    b\n");
  });
});
