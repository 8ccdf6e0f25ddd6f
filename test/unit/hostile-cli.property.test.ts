import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { isMap, isSeq, parseDocument } from "yaml";
import { COMMANDS } from "../../src/cli/command-table.js";
import { runCli } from "../../src/cli/run-cli.js";
import { secretForms } from "../../src/host/redact.js";
import { escapeControlChars } from "../../src/report/escape.js";
import { runnerCommands } from "../support/runner-commands.js";

/**
 * Property suite over hostile configs and inputs, through the whole CLI on each host. Whatever the
 * config or input holds, every run must:
 *   - exit 0 or 2, never 1 and never throw;
 *   - on exit 2, name where the problem is (the key path, or the flag);
 *   - print no line that a GitHub runner would take for a workflow command cutover did not issue;
 *   - show the configured secret in no form, in stdout, stderr, outputs, summary or Jenkins files;
 *   - with --json, print one JSON document on stdout.
 */

const examples = join(import.meta.dirname, "../../examples");
const BASE = readFileSync(join(examples, "spectate-three-albs.yml"), "utf8");
const MARK = "PWN";

// ---------------------------------------------------------------- hostile values

const COMMAND_PAYLOADS = [
  `::warning::${MARK}`,
  `::add-mask::${MARK}`,
  `::stop-commands::${MARK}`,
  `::set-output name=x::${MARK}`,
  `::error file=a,line=1::${MARK}`,
  `##[add-mask]${MARK}`,
  `##[set-output name=x;]${MARK}`,
];
const LINE_BREAKS = ["\n", "\r", "\r\n", "\u2028", "\u2029", "\u0085", "\u000b", "\u000c", "\u001b[2K\r", ""];
const MARKUP = [
  '<img src="https://attacker.example/x.png">',
  "<script>x</script>",
  "![t](https://attacker.example/t.png)",
  "**b**",
  "| a |",
];

const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.string({ maxLength: 8 }), fc.constantFrom(...LINE_BREAKS), fc.constantFrom(...COMMAND_PAYLOADS))
    .map(([a, b, c]) => a + b + c),
  fc.constantFrom(...MARKUP),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("", " ", "${UNSET_VARIABLE}", "${DATABASE_URL}", "$${LITERAL}", "${bad name}", "x".repeat(5000), "\u0000", "~", "null"),
);

const hostileNumber = fc.oneof(
  fc.constantFrom(-1, 0, 1e308, Number.MAX_SAFE_INTEGER, 1e20, 0.5, Infinity, -Infinity, NaN),
  fc.integer(),
  fc.double(),
);

const hostileKey = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "unknownKey"),
  fc.tuple(fc.constantFrom(...LINE_BREAKS), fc.constantFrom(...COMMAND_PAYLOADS)).map(([a, b]) => `k${a}${b}`),
);

// ---------------------------------------------------------------- mutations of a valid config

type Path = (string | number)[];

/** Every place in the base config: each map key and each list item. */
function pathsOf(node: unknown, path: Path = []): Path[] {
  const out: Path[] = [path];
  if (Array.isArray(node)) node.forEach((item, i) => out.push(...pathsOf(item, [...path, i])));
  else if (node !== null && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) out.push(...pathsOf(value, [...path, key]));
  }
  return out;
}
const PATHS = pathsOf(parseDocument(BASE).toJS()).filter((p) => p.length > 0);
const MAP_PATHS = pathsOf(parseDocument(BASE).toJS()).filter((p) => {
  const node = parseDocument(BASE).getIn(p, true);
  return p.length === 0 || isMap(node);
});

type Mutation =
  | { kind: "value"; path: Path; value: unknown }
  | { kind: "key"; path: Path; key: string; value: unknown }
  | { kind: "text"; text: string; name: string };

const valueMutation = fc.record({
  kind: fc.constant("value" as const),
  path: fc.constantFrom(...PATHS),
  value: fc.oneof(hostileString, hostileNumber, fc.constantFrom(null, true, [], {}, ["x"], { a: 1 })),
});
const keyMutation = fc.record({
  kind: fc.constant("key" as const),
  path: fc.constantFrom(...MAP_PATHS),
  key: hostileKey,
  value: fc.oneof(hostileString, fc.constant({ polluted: true }), fc.constant({ version: 2 })),
});
const textMutation = fc.oneof(
  fc.integer({ min: 2, max: 12 }).map((levels) => {
    // a billion-laughs document: each level refers to the one before ten times
    const lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
    for (let i = 1; i < levels; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(", ")}]`,
      );
    return { kind: "text" as const, name: "alias bomb", text: `${BASE}\n${lines.join("\n")}\n` };
  }),
  fc.integer({ min: 100, max: 20000 }).map((depth) => ({
    kind: "text" as const,
    name: "deep nesting",
    text: `${BASE}\ndeep: ${"[".repeat(depth)}${"]".repeat(depth)}\n`,
  })),
  fc.constantFrom(
    { kind: "text" as const, name: "duplicate key", text: `${BASE}\nproject: again\n` },
    { kind: "text" as const, name: "complex key", text: `${BASE}\n? [a, b]\n: c\n` },
    { kind: "text" as const, name: "tab indentation", text: BASE.replace("  region:", "\tregion:") },
    { kind: "text" as const, name: "custom tag", text: `${BASE}\nx: !!js/function "function(){}"\n` },
    { kind: "text" as const, name: "self-referencing anchor", text: `${BASE}\nloop: &l [*l]\n` },
    { kind: "text" as const, name: "byte order mark", text: `\ufeff${BASE}` },
    { kind: "text" as const, name: "not a map", text: "- just\n- a list\n" },
    { kind: "text" as const, name: "empty", text: "" },
  ),
);

function applyMutation(mutation: Mutation): string {
  if (mutation.kind === "text") return mutation.text;
  const doc = parseDocument(BASE);
  if (mutation.kind === "value") doc.setIn(mutation.path, doc.createNode(mutation.value));
  else {
    const map = mutation.path.length === 0 ? doc.contents : doc.getIn(mutation.path, true);
    if (isMap(map)) map.set(doc.createNode(mutation.key), doc.createNode(mutation.value));
    else if (isSeq(map)) map.add(doc.createNode({ [mutation.key]: mutation.value }));
  }
  return doc.toString({ lineWidth: 0 });
}

/**
 * Where an exit-2 message must point: the mutated place or one of its ancestors. The YAML library
 * does not always write a control character inside a flow mapping as valid YAML (a value like
 * "-\n::x" breaks the line); the config is then refused as YAML, at a line and column.
 */
function expectedPlaces(mutation: Mutation, configText: string): string[] {
  if (mutation.kind === "text") return [];
  if (parseDocument(configText).errors.length > 0) return ["cutover.yml: line "];
  const path = mutation.kind === "key" ? [...mutation.path, mutation.key] : mutation.path;
  const places: string[] = [];
  for (let n = path.length; n >= 1; n--) {
    let text = "";
    for (const part of path.slice(0, n)) text += typeof part === "number" ? `[${part}]` : text === "" ? part : `.${part}`;
    places.push(escapeControlChars(text));
  }
  return places;
}

// ---------------------------------------------------------------- one run

type HostKind = "github" | "jenkins" | "local";

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  files: string;
  /** The Markdown the step summary or Jenkins' cutover-summary.md received. */
  summaries: string;
}

const SECRET_PASSWORD = 'Qv7"x%41:pw\\z';
const DATABASE_URL = `postgresql://app:${encodeURIComponent(SECRET_PASSWORD)}@db.internal:5432/app`;

async function runOnce(host: HostKind, argv: string[], inputs: Record<string, string>, configText?: string): Promise<RunResult> {
  const dir = mkdtempSync(join(tmpdir(), "cutover-hostile-"));
  if (configText !== undefined) {
    cpSync(join(examples, "prisma"), join(dir, "prisma"), { recursive: true });
    cpSync(join(examples, "mappings"), join(dir, "mappings"), { recursive: true });
    writeFileSync(join(dir, "cutover.yml"), configText);
  }
  const files = { output: join(dir, "github-output"), summary: join(dir, "github-summary") };
  for (const file of Object.values(files)) writeFileSync(file, "");
  const env: Record<string, string | undefined> = { CUTOVER_HOST: host, DATABASE_URL };
  if (host === "jenkins") Object.assign(env, { JENKINS_URL: "http://ci/", BUILD_NUMBER: "1", WORKSPACE: dir });
  if (host === "github") {
    // @actions/core reads its inputs and files from process.env
    process.env.GITHUB_OUTPUT = files.output;
    process.env.GITHUB_STEP_SUMMARY = files.summary;
    for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
  } else {
    for (const [name, value] of Object.entries(inputs)) env[`CUTOVER_${name.toUpperCase().replace(/-/g, "_")}`] = value;
  }
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) }, env };
  const cwd = process.cwd();
  process.chdir(dir);
  let code: number;
  try {
    code = await runCli(argv, io);
  } finally {
    process.chdir(cwd);
  }
  const written = readdirSync(dir)
    .filter((f) => !f.endsWith(".yml") && f !== "prisma" && f !== "mappings")
    .map((f) => readFileSync(join(dir, f), "utf8"))
    .join("\n");
  const summaries = ["github-summary", "cutover-summary.md"]
    .filter((f) => readdirSync(dir).includes(f))
    .map((f) => readFileSync(join(dir, f), "utf8"))
    .join("\n");
  return { code, stdout: out.join(""), stderr: err.join(""), files: written, summaries };
}

function checkRun(result: RunResult, host: HostKind, json: boolean, places: string[]): void {
  const context = `stdout:\n${result.stdout}\nstderr:\n${result.stderr}`;
  expect([0, 2], context).toContain(result.code);

  if (result.code === 2 && places.length > 0) {
    const said = `${result.stdout}\n${result.stderr}`;
    expect(
      places.some((p) => said.includes(p)),
      `exit 2 names none of ${JSON.stringify(places)}\n${context}`,
    ).toBe(true);
  }

  // the config's secrets: the URL, its password, and the password as it is written in the URL
  const forms = [DATABASE_URL, SECRET_PASSWORD, encodeURIComponent(SECRET_PASSWORD)].flatMap(secretForms);
  const commands = [...runnerCommands(result.stdout), ...runnerCommands(result.stderr)];
  for (const command of commands) {
    if (command.name === "stop-commands") {
      expect(command.data, context).toMatch(/^cutover-[0-9a-f]{32}$/);
      continue;
    }
    expect(host, `a ${command.name} command on a ${host} host\n${context}`).toBe("github");
    expect(command.legacy, context).toBe(false);
    expect(command.data.startsWith(MARK), `injected ${command.name}\n${context}`).toBe(false);
    if (command.name === "add-mask") expect(forms, context).toContain(command.data);
    else expect(["error", "warning", "debug", "group", "endgroup"], context).toContain(command.name);
  }

  const shown = [result.stdout, result.stderr, result.files].join("\n").replace(/^::add-mask::.*$/gm, "");
  for (const form of forms) expect(shown.includes(form), `secret form ${JSON.stringify(form)} shown\n${context}`).toBe(false);

  if (json) expect(() => JSON.parse(result.stdout), context).not.toThrow();

  // values are text in the summary: no tag and no image or link markup survives
  expect(result.summaries, result.summaries).not.toMatch(/<(img|script)/i);
  expect(result.summaries, result.summaries).not.toMatch(/(^|[^\\])!\[/m);
}

// ---------------------------------------------------------------- the properties

describe("hostile configs and inputs, through the CLI on every host", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  const hostArb = fc.constantFrom<HostKind>("github", "jenkins", "local");

  it("a mutated config: exit 0 or 2 naming the key, no injected command, no secret, JSON stays JSON", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(valueMutation, keyMutation, textMutation), hostArb, fc.boolean(), async (mutation, host, json) => {
        process.env = { ...saved };
        const argv = ["plan", "--config", "cutover.yml", "--release", "v1.2.3", ...(json ? ["--json"] : [])];
        const configText = applyMutation(mutation);
        const result = await runOnce(host, argv, {}, configText);
        checkRun(result, host, json, expectedPlaces(mutation, configText));
      }),
      { numRuns: 250 },
    );
  }, 120_000);

  it("printable hostile values in free-form fields are accepted and shown as text only", async () => {
    // fields the config takes as free text and plan prints: these runs mostly exit 0, so the
    // success path (report, outputs, summary) meets the payloads
    const freeFields: Path[] = [
      ["services", 1, "image"],
      ["services", 1, "cluster"],
      ["services", 1, "service"],
      ["services", 1, "containerName"],
      ["traffic", "alarms", 0],
      ["headerRouting", "green", 0],
      ["loadBalancers", 0, "name"],
    ];
    const printable = fc.oneof(
      fc
        .tuple(fc.string({ maxLength: 6 }), fc.constantFrom(...COMMAND_PAYLOADS))
        // eslint-disable-next-line no-control-regex -- printable only: control characters taken out
        .map(([a, b]) => (a + b).replace(/[\u0000-\u001f\u007f-\u009f]/g, "")),
      fc.constantFrom(...MARKUP),
    );
    let exitZero = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...freeFields), printable, hostArb, fc.boolean(), async (path, value, host, json) => {
        process.env = { ...saved };
        const argv = ["plan", "--config", "cutover.yml", "--release", "v1.2.3", ...(json ? ["--json"] : [])];
        const configText = applyMutation({ kind: "value", path, value });
        const result = await runOnce(host, argv, {}, configText);
        if (result.code === 0) exitZero++;
        checkRun(result, host, json, expectedPlaces({ kind: "value", path, value }, configText));
      }),
      { numRuns: 120 },
    );
    // the property meant something only if most runs got through validation
    expect(exitZero).toBeGreaterThan(60);
  }, 120_000);

  it("hostile flags and inputs: exit 0 or 2 naming the flag, no injected command, no secret", async () => {
    const flagArb = fc.constantFrom("release", "to", "service", "config", "phase", "index", "image", "dry-run", "json");
    // commands that reach no AWS with a valid input (plan, and those not built yet); the AWS commands
    // read the same settings through the same code, and are driven against moto in the integration suite
    const offline = COMMANDS.filter((c) => c.name === "plan" || c.load === undefined).map((c) => c.name);
    const commandArb = fc.constantFrom(...offline);
    await fc.assert(
      fc.asyncProperty(
        commandArb,
        flagArb,
        hostileString,
        fc.boolean(),
        hostArb,
        fc.boolean(),
        async (command, flag, value, asInput, host, json) => {
          process.env = { ...saved };
          const argv = [
            command,
            "--config",
            "cutover.yml",
            ...(flag === "release" ? [] : ["--release", "v1.2.3"]),
            ...(json ? ["--json"] : []),
          ];
          const inputs: Record<string, string> = {};
          if (asInput) inputs[flag] = value;
          else argv.push(`--${flag}`, value);
          const result = await runOnce(host, argv, inputs, BASE);
          checkRun(result, host, json, [
            `--${flag}`,
            `'${flag}'`,
            escapeControlChars(value).slice(0, 20),
            "not built yet",
            "unknown option",
            "too many arguments",
          ]);
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);
});
