// Static checks of the front ends: composite actions, workflows, Jenkinsfile and vars/.
// Each check is a pure function returning a list of problems; it runs on the real files (no
// problems expected) and on a small bad sample (a problem expected), so every check can fail.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DESIGN_COMMANDS } from "./design-commands.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

const COMMANDS = DESIGN_COMMANDS;
const RELEASE_ORDER = ["plan", "migrate-db", "deploy-green", "verify", "switch-traffic", "promote"];
const REQUIRED_ACTIONS = ["migrate-db", "deploy-green", "verify", "switch-traffic", "promote", "rollback", "status", "es-reindex"];
const RUN_LINE = /^node "\$GITHUB_ACTION_PATH\/\.\.\/\.\.\/dist\/cutover\.js" ([a-z-]+)$/;

type Doc = Record<string, unknown>;
type Step = { id?: string; run?: unknown; uses?: unknown; env?: unknown; with?: unknown; [k: string]: unknown };

const isRecord = (v: unknown): v is Doc => typeof v === "object" && v !== null && !Array.isArray(v);
const record = (v: unknown): Doc => (isRecord(v) ? v : {});
const steps = (v: unknown): Step[] => (Array.isArray(v) ? v.filter(isRecord) : []);
const load = (file: string): Doc => record(parse(readFileSync(join(root, file), "utf8")));

/** The env name @actions/core's getInput reads for an input. */
const inputEnv = (name: string): string => `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;

// ---------------------------------------------------------------- checks: actions and workflows

/** Every run: script with where it is; works for actions (runs.steps) and workflows (jobs.*.steps). */
function runScripts(doc: Doc): { where: string; run: string }[] {
  const out: { where: string; run: string }[] = [];
  steps(record(doc.runs).steps).forEach((s, i) => {
    if (typeof s.run === "string") out.push({ where: `runs.steps[${i}]`, run: s.run });
  });
  for (const [job, def] of Object.entries(record(doc.jobs))) {
    steps(record(def).steps).forEach((s, i) => {
      if (typeof s.run === "string") out.push({ where: `jobs.${job}.steps[${i}]`, run: s.run });
    });
  }
  return out;
}

function expressionsInRun(doc: Doc): string[] {
  return runScripts(doc)
    .filter(({ run }) => run.includes("${{"))
    .map(({ where }) => `${where}: \${{ }} inside run: (pass it through env: instead)`);
}

/** The one step that runs dist/cutover.js. */
function cutoverStep(action: Doc): Step | undefined {
  const found = steps(record(action.runs).steps).filter((s) => typeof s.run === "string" && s.run.includes("dist/cutover.js"));
  return found.length === 1 ? found[0] : undefined;
}

function actionCommandProblems(action: Doc, dirName: string): string[] {
  const step = cutoverStep(action);
  if (!step) return ["no single step runs dist/cutover.js"];
  const m = RUN_LINE.exec(String(step.run).trim());
  if (!m) return [`run: is not exactly 'node "$GITHUB_ACTION_PATH/../../dist/cutover.js" <command>': ${String(step.run)}`];
  const command = m[1] ?? "";
  const problems: string[] = [];
  if (!(COMMANDS as readonly string[]).includes(command)) problems.push(`unknown command '${command}'`);
  if (command !== dirName) problems.push(`command '${command}' in actions/${dirName}`);
  if (record(action.runs).using !== "composite") problems.push("runs.using is not composite");
  return problems;
}

function actionInputProblems(action: Doc): string[] {
  const step = cutoverStep(action);
  if (!step) return ["no single step runs dist/cutover.js"];
  const env = record(step.env);
  const inputs = Object.keys(record(action.inputs));
  const problems: string[] = [];
  for (const name of inputs) {
    if (name === "working-directory") {
      if (step["working-directory"] !== "${{ inputs.working-directory }}") {
        problems.push("working-directory input is not the step's working-directory");
      }
      continue;
    }
    const key = inputEnv(name);
    if (env[key] !== `\${{ inputs.${name} }}`) problems.push(`input '${name}' is not passed as env ${key}`);
  }
  for (const key of Object.keys(env)) {
    if (key.startsWith("INPUT_") && !inputs.some((n) => inputEnv(n) === key)) {
      problems.push(`env ${key} matches no input`);
    }
  }
  return problems;
}

function actionMetadataProblems(action: Doc): string[] {
  const problems: string[] = [];
  for (const key of ["name", "description"]) {
    if (typeof action[key] !== "string" || !action[key]) problems.push(`no ${key}`);
  }
  const branding = record(action.branding);
  if (!branding.icon || !branding.color) problems.push("no branding icon and color");
  for (const [name, def] of Object.entries(record(action.inputs))) {
    const d = record(def);
    if (typeof d.description !== "string" || !d.description) problems.push(`input '${name}' has no description`);
    if (typeof d.required !== "boolean") problems.push(`input '${name}' does not say whether it is required`);
    if (d.required === false && !("default" in d)) problems.push(`optional input '${name}' has no default`);
  }
  const id = cutoverStep(action)?.id;
  const outputs = record(action.outputs);
  for (const name of ["result", "exit-code"]) {
    if (!(name in outputs)) problems.push(`output '${name}' is not declared`);
  }
  for (const [name, def] of Object.entries(outputs)) {
    if (record(def).value !== `\${{ steps.${String(id)}.outputs.${name} }}`) {
      problems.push(`output '${name}' is not steps.${String(id)}.outputs.${name}`);
    }
  }
  return problems;
}

function jobsOf(wf: Doc): [string, Doc][] {
  return Object.entries(record(wf.jobs)).map(([k, v]) => [k, record(v)]);
}

function permissionProblems(wf: Doc): string[] {
  const problems: string[] = [];
  if (!("permissions" in wf)) problems.push("no top-level permissions");
  for (const [job, def] of jobsOf(wf)) {
    if (!("permissions" in def)) problems.push(`job '${job}' has no permissions`);
  }
  for (const [where, perms] of [["top", wf.permissions], ...jobsOf(wf).map(([j, d]) => [j, d.permissions])]) {
    if (perms === "write-all" || perms === "read-all") problems.push(`${String(where)}: permissions: ${perms}`);
  }
  return problems;
}

function workflowSafetyProblems(wf: Doc): string[] {
  const problems: string[] = [];
  const on = wf.on;
  const events = typeof on === "string" ? [on] : Array.isArray(on) ? on.map(String) : Object.keys(record(on));
  if (events.includes("pull_request_target")) problems.push("pull_request_target trigger");
  for (const [job, def] of jobsOf(wf)) {
    if (def.secrets === "inherit") problems.push(`job '${job}' inherits all secrets`);
    steps(def.steps).forEach((s, i) => {
      const uses = typeof s.uses === "string" ? s.uses : undefined;
      if (uses && !uses.startsWith("./") && !uses.startsWith("docker://") && !/@[0-9a-f]{40}$/.test(uses)) {
        problems.push(`jobs.${job}.steps[${i}]: '${uses}' is not pinned to a full commit SHA`);
      }
    });
  }
  return problems;
}

/** Steps that use a cutover action (./.cutover/actions/x) must pass only inputs it declares, and all required ones. */
function localActionUseProblems(wf: Doc, actionOf: (name: string) => Doc | undefined): string[] {
  const problems: string[] = [];
  for (const [job, def] of jobsOf(wf)) {
    for (const s of steps(def.steps)) {
      const m = typeof s.uses === "string" ? /^\.\/\.cutover\/actions\/([a-z-]+)$/.exec(s.uses) : null;
      if (!m) continue;
      const action = actionOf(m[1] ?? "");
      if (!action) {
        problems.push(`jobs.${job}: no action actions/${m[1]}`);
        continue;
      }
      const declared = record(action.inputs);
      const given = Object.keys(record(s.with));
      for (const k of given) if (!(k in declared)) problems.push(`jobs.${job}: actions/${m[1]} has no input '${k}'`);
      for (const [k, d] of Object.entries(declared)) {
        if (record(d).required === true && !given.includes(k)) {
          problems.push(`jobs.${job}: required input '${k}' of actions/${m[1]} not given`);
        }
      }
    }
  }
  return problems;
}

function releaseChainProblems(wf: Doc): string[] {
  const jobs = record(wf.jobs);
  const problems: string[] = [];
  RELEASE_ORDER.forEach((name, i) => {
    const job = record(jobs[name]);
    if (!(name in jobs)) return void problems.push(`no job '${name}'`);
    const needs = job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs.map(String) : [String(job.needs)];
    const expected = i === 0 ? [] : [RELEASE_ORDER[i - 1]];
    if (JSON.stringify(needs) !== JSON.stringify(expected)) {
      problems.push(`job '${name}' needs [${needs.join(", ")}], expected [${expected.join(", ")}]`);
    }
  });
  const env = record(jobs["switch-traffic"]).environment;
  const envName = isRecord(env) ? env.name : env;
  if (envName !== "${{ inputs.environment }}") problems.push("switch-traffic does not run on inputs.environment");
  for (const name of RELEASE_ORDER.filter((n) => n !== "switch-traffic")) {
    if (record(jobs[name]).environment !== undefined) problems.push(`job '${name}' is on an environment (a second gate)`);
  }
  const concurrency = record(wf.concurrency);
  if (!String(concurrency.group ?? "").includes("inputs.environment")) problems.push("concurrency is not per environment");
  if (concurrency["cancel-in-progress"] !== false) problems.push("a newer release would cancel a running one");
  return problems;
}

// ---------------------------------------------------------------- checks: Jenkins (Groovy)

type GroovyString = { start: number; end: number; double: boolean; body: string };

/** Lexes Groovy just enough: string literals, and the text with comments and strings blanked. */
function lexGroovy(text: string): { strings: GroovyString[]; code: string } {
  const strings: GroovyString[] = [];
  const code = text.split("");
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (code[k] !== "\n") code[k] = " ";
  };
  let i = 0;
  while (i < text.length) {
    if (text.startsWith("//", i)) {
      const end = text.indexOf("\n", i);
      const stop = end === -1 ? text.length : end;
      blank(i, stop);
      i = stop;
    } else if (text.startsWith("/*", i)) {
      const end = text.indexOf("*/", i + 2);
      const stop = end === -1 ? text.length : end + 2;
      blank(i, stop);
      i = stop;
    } else if (text.startsWith("'''", i) || text.startsWith('"""', i)) {
      const quote = text.slice(i, i + 3);
      let j = i + 3;
      while (j < text.length && !text.startsWith(quote, j)) j += text[j] === "\\" ? 2 : 1;
      strings.push({ start: i, end: j + 3, double: quote === '"""', body: text.slice(i + 3, j) });
      blank(i, j + 3);
      i = j + 3;
    } else if (text[i] === "'" || text[i] === '"') {
      const quote = text[i];
      let j = i + 1;
      while (j < text.length && text[j] !== quote && text[j] !== "\n") j += text[j] === "\\" ? 2 : 1;
      strings.push({ start: i, end: j + 1, double: quote === '"', body: text.slice(i + 1, j) });
      blank(i, j + 1);
      i = j + 1;
    } else {
      i++;
    }
  }
  return { strings, code: code.join("") };
}

/** sh "..." / sh """...""" / sh(script: "...") whose text Groovy would interpolate. */
function interpolatedShStrings(text: string): string[] {
  const { strings, code } = lexGroovy(text);
  const shArgument = /\bsh\s*\(?\s*(?:\w+\s*:\s*(?:\w+|\s)*,\s*)*(?:script\s*:\s*)?$/;
  return strings
    .filter((s) => s.double && shArgument.test(code.slice(Math.max(0, s.start - 200), s.start)))
    .filter((s) => /(^|[^\\])\$(\{|[A-Za-z_])/.test(s.body))
    .map((s) => `line ${text.slice(0, s.start).split("\n").length}: sh "${s.body.trim().slice(0, 60)}"`);
}

/** The cutover commands run by sh steps, in the order they appear. */
function jenkinsCommands(text: string): { command: string; at: number }[] {
  return lexGroovy(text)
    .strings.filter((s) => !s.double)
    .flatMap((s) => [...s.body.matchAll(/node dist\/cutover\.js ([a-z-]+)/g)].map((m) => ({ command: m[1] ?? "", at: s.start })));
}

/** An input step must come after the verify command and before the stage that runs switch-traffic. */
function approvalGateProblems(text: string): string[] {
  const { code } = lexGroovy(text);
  const commands = jenkinsCommands(text);
  const verify = commands.find((c) => c.command === "verify");
  const sw = commands.find((c) => c.command === "switch-traffic");
  if (!verify || !sw) return ["no verify or switch-traffic command"];
  const inputs = [...code.matchAll(/\binput\s*(\(|\{|message\s*:)/g)].map((m) => m.index ?? 0);
  // Between the two commands: in a stage of its own, or as the switch stage's input directive.
  return inputs.some((at) => at > verify.at && at < sw.at) ? [] : ["no input step between verify and the switch-traffic stage"];
}

function jenkinsCommandProblems(text: string): string[] {
  const problems: string[] = [];
  const commands = jenkinsCommands(text);
  for (const c of commands) {
    if (!(COMMANDS as readonly string[]).includes(c.command)) problems.push(`unknown command '${c.command}'`);
  }
  const release = commands.map((c) => c.command).filter((c) => RELEASE_ORDER.includes(c));
  if (JSON.stringify(release) !== JSON.stringify(RELEASE_ORDER)) {
    problems.push(`release commands in order ${release.join(" → ")}, expected ${RELEASE_ORDER.join(" → ")}`);
  }
  return problems;
}

// ---------------------------------------------------------------- the files

const actionDirs = readdirSync(join(root, "actions"), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, "actions", d.name, "action.yml")))
  .map((d) => d.name)
  .sort();
const actionOf = (name: string): Doc | undefined => (actionDirs.includes(name) ? load(`actions/${name}/action.yml`) : undefined);
const workflowFiles = readdirSync(join(root, ".github", "workflows"))
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => `.github/workflows/${f}`)
  .sort();
const reusable = ["release.yml", "rollback.yml", "es-reindex.yml"].map((f) => `.github/workflows/${f}`);
const groovyFiles = [
  "Jenkinsfile",
  ...(existsSync(join(root, "vars"))
    ? readdirSync(join(root, "vars"))
        .filter((f) => f.endsWith(".groovy"))
        .map((f) => `vars/${f}`)
    : []),
];
const jenkinsfile = readFileSync(join(root, "Jenkinsfile"), "utf8");

describe("composite actions", () => {
  it("exist for every command a front end needs", () => {
    expect(REQUIRED_ACTIONS.filter((a) => !actionDirs.includes(a))).toEqual([]);
  });

  it.each(actionDirs)("actions/%s has no ${{ }} inside run:", (name) => {
    expect(expressionsInRun(load(`actions/${name}/action.yml`))).toEqual([]);
  });

  it.each(actionDirs)("actions/%s passes every input through env: INPUT_<NAME>", (name) => {
    expect(actionInputProblems(load(`actions/${name}/action.yml`))).toEqual([]);
  });

  it.each(actionDirs)("actions/%s runs dist/cutover.js with its own command", (name) => {
    expect(actionCommandProblems(load(`actions/${name}/action.yml`), name)).toEqual([]);
  });

  it.each(actionDirs)("actions/%s documents inputs, outputs and branding", (name) => {
    expect(actionMetadataProblems(load(`actions/${name}/action.yml`))).toEqual([]);
  });
});

describe("workflows", () => {
  it("include the reusable workflows and CI", () => {
    for (const f of [...reusable, ".github/workflows/ci.yml"]) expect(workflowFiles).toContain(f);
    for (const f of reusable) expect(Object.keys(record(load(f).on))).toContain("workflow_call");
    expect(Object.keys(record(load(".github/workflows/rollback.yml").on))).toContain("workflow_dispatch");
  });

  it.each(workflowFiles)("%s has no ${{ }} inside run:", (f) => {
    expect(expressionsInRun(load(f))).toEqual([]);
  });

  it.each(workflowFiles)("%s sets permissions at workflow and job level", (f) => {
    expect(permissionProblems(load(f))).toEqual([]);
  });

  it.each(workflowFiles)("%s pins actions, inherits no secrets, has no pull_request_target", (f) => {
    expect(workflowSafetyProblems(load(f))).toEqual([]);
  });

  it.each(reusable)("%s gives the cutover actions only inputs they declare", (f) => {
    expect(localActionUseProblems(load(f), actionOf)).toEqual([]);
  });

  it.each(reusable)("%s never lets two runs of one environment overlap", (f) => {
    const c = record(load(f).concurrency);
    expect(String(c.group)).toContain("inputs.environment");
    expect(c["cancel-in-progress"]).toBe(false);
  });

  it("release.yml chains the stages with the approval gate on switch-traffic", () => {
    expect(releaseChainProblems(load(".github/workflows/release.yml"))).toEqual([]);
  });
});

describe("Jenkins", () => {
  it.each(groovyFiles)("%s has no Groovy-interpolated sh strings", (f) => {
    expect(interpolatedShStrings(readFileSync(join(root, f), "utf8"))).toEqual([]);
  });

  it("Jenkinsfile waits for an input step between verify and the traffic switch", () => {
    expect(approvalGateProblems(jenkinsfile)).toEqual([]);
  });

  it("Jenkinsfile runs known commands, the release in order", () => {
    expect(jenkinsCommandProblems(jenkinsfile)).toEqual([]);
  });

  it("Jenkinsfile stage names are unique (declarative requires it; outputs are kept per stage name)", () => {
    const names = [...jenkinsfile.matchAll(/\bstage\s*\(\s*'([^']+)'\s*\)/g)].map((m) => m[1]);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    expect(names.length).toBeGreaterThan(5);
  });

  it("Jenkinsfile archives outputs, binds credentials, never runs two builds at once", () => {
    const { code } = lexGroovy(jenkinsfile);
    expect(code).toMatch(/\bdisableConcurrentBuilds\s*\(/);
    expect(code).toMatch(/\btimeout\s*\(/);
    expect(code).toMatch(/\bwithCredentials\s*\(/);
    expect(code).toMatch(/\barchiveArtifacts\b/);
    expect(code).toMatch(/\bpost\s*\{\s*always\b/);
  });
});

// ---------------------------------------------------------------- the checks catch what they should

describe("the checks themselves", () => {
  const action = (run: string, extra = ""): Doc =>
    record(
      parse(`
name: x
description: x
branding: { icon: list, color: blue }
inputs:
  config: { description: c, required: false, default: cutover.yml }
  dry-run: { description: d, required: false, default: "false" }
  working-directory: { description: w, required: false, default: "." }
outputs:
  result: { description: r, value: "\${{ steps.cutover.outputs.result }}" }
  exit-code: { description: e, value: "\${{ steps.cutover.outputs.exit-code }}" }
runs:
  using: composite
  steps:
    - id: cutover
      shell: bash
      working-directory: \${{ inputs.working-directory }}
      env:
        INPUT_CONFIG: \${{ inputs.config }}
${extra}
      run: ${JSON.stringify(run)}
`),
    );
  const good = 'node "$GITHUB_ACTION_PATH/../../dist/cutover.js" plan';
  const dryRunEnv = "        INPUT_DRY-RUN: ${{ inputs.dry-run }}";

  it("accept a good action", () => {
    const a = action(good, dryRunEnv);
    expect([...expressionsInRun(a), ...actionInputProblems(a), ...actionCommandProblems(a, "plan")]).toEqual([]);
    expect(actionMetadataProblems(a)).toEqual([]);
  });

  it("catch ${{ }} in run:", () => {
    expect(expressionsInRun(action(`${good} --config \${{ inputs.config }}`, dryRunEnv))).toHaveLength(1);
  });

  it("catch an input not passed through env", () => {
    expect(actionInputProblems(action(good))).toEqual(["input 'dry-run' is not passed as env INPUT_DRY-RUN"]);
    expect(actionInputProblems(action(good, "        INPUT_DRY_RUN: ${{ inputs.dry-run }}"))).toContain(
      "env INPUT_DRY_RUN matches no input",
    );
  });

  it("catch an unknown or mismatched command", () => {
    expect(actionCommandProblems(action(good.replace("plan", "deploy"), dryRunEnv), "plan")).toContain("unknown command 'deploy'");
    expect(actionCommandProblems(action(good, dryRunEnv), "verify")).toEqual(["command 'plan' in actions/verify"]);
    expect(actionCommandProblems(action("node dist/cutover.js plan", dryRunEnv), "plan")).toHaveLength(1);
  });

  it("catch missing outputs and branding", () => {
    const a = action(good, dryRunEnv);
    delete a.branding;
    delete record(a.outputs)["exit-code"];
    expect(actionMetadataProblems(a)).toEqual(["no branding icon and color", "output 'exit-code' is not declared"]);
  });

  it("catch missing permissions, unpinned actions, inherited secrets, pull_request_target", () => {
    const wf = record(
      parse(`
on: [push, pull_request_target]
jobs:
  a: { runs-on: x, steps: [{ uses: actions/checkout@v5 }, { run: "echo \${{ github.head_ref }}" }] }
  b: { uses: o/r/.github/workflows/w.yml@0123456789012345678901234567890123456789, secrets: inherit }
`),
    );
    expect(permissionProblems(wf)).toEqual(["no top-level permissions", "job 'a' has no permissions", "job 'b' has no permissions"]);
    expect(workflowSafetyProblems(wf)).toEqual([
      "pull_request_target trigger",
      "jobs.a.steps[0]: 'actions/checkout@v5' is not pinned to a full commit SHA",
      "job 'b' inherits all secrets",
    ]);
    expect(expressionsInRun(wf)).toHaveLength(1);
  });

  it("catch inputs a cutover action does not declare", () => {
    const wf = record(parse("jobs: { a: { steps: [{ uses: ./.cutover/actions/plan, with: { to: '5' } }] } }"));
    expect(localActionUseProblems(wf, () => action(good))).toEqual(["jobs.a: actions/plan has no input 'to'"]);
  });

  it("catch a broken release chain", () => {
    const wf = load(".github/workflows/release.yml");
    const jobs = record(wf.jobs);
    record(jobs.promote).needs = "verify";
    delete record(jobs["switch-traffic"]).environment;
    expect(releaseChainProblems(wf)).toEqual([
      "job 'promote' needs [verify], expected [switch-traffic]",
      "switch-traffic does not run on inputs.environment",
    ]);
  });

  it("catch interpolated sh strings, and only those", () => {
    const groovy = [
      `sh "node dist/cutover.js plan --release \${params.RELEASE}"`,
      'sh(script: "echo $RELEASE", returnStatus: true)',
      'sh label: "x", script: """echo ${env.X}"""',
      `sh 'node dist/cutover.js plan --release "$RELEASE"'`,
      `sh "echo plain"`,
      `echo "\${params.X}"`,
      `// sh "\${commented}"`,
    ].join("\n");
    expect(interpolatedShStrings(groovy)).toEqual([
      'line 1: sh "node dist/cutover.js plan --release ${params.RELEASE}"',
      'line 2: sh "echo $RELEASE"',
      'line 3: sh "echo ${env.X}"',
    ]);
  });

  it("catch a missing or misplaced approval input", () => {
    const stages = (between: string, after = "") => `
      stage('Verify') { steps { sh 'node dist/cutover.js verify' } }
      ${between}
      stage('Switch traffic') { steps { sh 'node dist/cutover.js switch-traffic' } }
      ${after}`;
    expect(approvalGateProblems(stages("stage('Approve') { steps { input message: 'go?' } }"))).toEqual([]);
    expect(approvalGateProblems(stages(""))).toHaveLength(1);
    expect(approvalGateProblems(stages("// input message: 'go?'"))).toHaveLength(1);
    expect(approvalGateProblems(stages("", "stage('Late') { steps { input message: 'go?' } }"))).toHaveLength(1);
  });

  it("catch release commands out of order", () => {
    const groovy = RELEASE_ORDER.map((c) => `sh 'node dist/cutover.js ${c}'`);
    expect(jenkinsCommandProblems(groovy.join("\n"))).toEqual([]);
    [groovy[3], groovy[4]] = [groovy[4] ?? "", groovy[3] ?? ""];
    expect(jenkinsCommandProblems(groovy.join("\n"))).toHaveLength(1);
    expect(jenkinsCommandProblems(`${groovy.join("\n")}\nsh 'node dist/cutover.js deploy'`)).toContain("unknown command 'deploy'");
  });
});
