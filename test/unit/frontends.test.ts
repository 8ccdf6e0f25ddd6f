// Static checks of the front ends: composite actions, workflows, Jenkinsfile and vars/.
// Each check is a pure function returning a list of problems; it runs on the real files (no
// problems expected) and on a small bad sample (a problem expected), so every check can fail.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DESIGN_COMMANDS } from "../support/design-commands.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

const COMMANDS = DESIGN_COMMANDS;
const RELEASE_ORDER = ["plan", "migrate-db", "deploy-green", "verify", "switch-traffic", "promote"];
const REQUIRED_ACTIONS = ["migrate-db", "deploy-green", "verify", "switch-traffic", "promote", "rollback", "status", "es-reindex", "flink"];
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
    // each stage needs the one before, and plan (for the release label it hands on)
    const expected = i === 0 ? [] : i === 1 ? ["plan"] : ["plan", RELEASE_ORDER[i - 1]];
    if (JSON.stringify(needs) !== JSON.stringify(expected)) {
      problems.push(`job '${name}' needs [${needs.join(", ")}], expected [${expected.join(", ")}]`);
    }
  });
  const env = record(jobs["switch-traffic"]).environment;
  const envName = isRecord(env) ? env.name : env;
  if (envName !== "${{ inputs.environment }}") problems.push("switch-traffic does not run on inputs.environment");
  // Other environments only where an input asks for them: migrate-db's for its DATABASE_URL
  // secret, promote's for a second approval (an empty name is no environment).
  const optional: Record<string, string> = {
    "migrate-db": "${{ inputs.database-environment }}",
    promote: "${{ inputs.promote-approval && inputs.environment || '' }}",
  };
  for (const name of RELEASE_ORDER.filter((n) => n !== "switch-traffic")) {
    const e = record(jobs[name]).environment;
    if (e === undefined) continue;
    if (!isRecord(e) || e.name !== optional[name]) problems.push(`job '${name}' is on an environment (a second gate)`);
  }
  const rollback = record(jobs.rollback);
  if (!String(rollback.if ?? "").includes("failure() || cancelled()")) problems.push("no rollback job on failure or cancel");
  if (rollback.environment !== undefined) problems.push("the rollback job waits on an environment");
  const concurrency = record(wf.concurrency);
  if (!String(concurrency.group ?? "").includes("inputs.environment")) problems.push("concurrency is not per environment");
  if (concurrency["cancel-in-progress"] !== false) problems.push("a newer release would cancel a running one");
  return problems;
}

// ---------------------------------------------------------------- checks: code provenance, environments, permissions

/** The commands that read or change AWS; a job running one needs the AWS credentials step. */
const AWS_COMMANDS = ["deploy-green", "verify", "switch-traffic", "promote", "rollback", "status"];
const CREDENTIALS_ACTION = /^aws-actions\/configure-aws-credentials@/;
const CHECKOUT_ACTION = /^actions\/checkout@/;
const LOCAL_CUTOVER = /^\.\/\.cutover\/actions\/([a-z-]+)$/;
/** The repository variable listing the environments a rollback may run on. */
const ROLLBACK_ENVIRONMENTS_VAR = "vars.CUTOVER_ROLLBACK_ENVIRONMENTS";

const triggerInputs = (wf: Doc, event: string): Doc => record(record(record(wf.on)[event]).inputs);
const hasTrigger = (wf: Doc, event: string): boolean => {
  const on = wf.on;
  return on === event || (Array.isArray(on) ? on.includes(event) : event in record(on));
};
const usesOf = (s: Step): string => (typeof s.uses === "string" ? s.uses : "");

/** The operands of `${{ a || b || c }}`, or undefined when the value is anything else. */
function orChain(value: unknown): string[] | undefined {
  const m = typeof value === "string" ? /^\$\{\{\s*(.*?)\s*\}\}$/.exec(value) : null;
  return m ? (m[1] ?? "").split("||").map((t) => t.trim()) : undefined;
}

/**
 * What a checkout fetches decides what code runs. No workflow_dispatch input may reach a
 * checkout's repository or ref. The .cutover checkout (where ./.cutover/actions/x come from) must
 * be the workflow's own code: job.workflow_repository / job.workflow_sha, after an optional
 * workflow_call-only override, and with github.* as the last fallback only where the workflow
 * can be dispatched directly (in a called workflow github.* names the caller).
 */
function checkoutProvenanceProblems(wf: Doc): string[] {
  const problems: string[] = [];
  const dispatch = hasTrigger(wf, "workflow_dispatch");
  const dispatchInputs = Object.keys(triggerInputs(wf, "workflow_dispatch"));
  const callInputs = Object.keys(triggerInputs(wf, "workflow_call"));
  for (const [job, def] of jobsOf(wf)) {
    let cutoverCheckedOut = false;
    steps(def.steps).forEach((s, i) => {
      const where = `jobs.${job}.steps[${i}]`;
      const uses = usesOf(s);
      if (CHECKOUT_ACTION.test(uses)) {
        const w = record(s.with);
        for (const key of ["repository", "ref"]) {
          const text = typeof w[key] === "string" ? w[key] : "";
          for (const m of text.matchAll(/\binputs\.([\w-]+)/g)) {
            const name = m[1] ?? "";
            if (dispatchInputs.includes(name)) problems.push(`${where}: ${key} comes from workflow_dispatch input '${name}'`);
            else if (!callInputs.includes(name)) problems.push(`${where}: ${key} comes from undeclared input '${name}'`);
          }
        }
        if (w.path !== ".cutover") return;
        cutoverCheckedOut = true;
        const expected = {
          repository: ["job.workflow_repository", ...(dispatch ? ["github.repository"] : [])],
          ref: ["job.workflow_sha", ...(dispatch ? ["github.sha"] : [])],
        };
        for (const [key, own] of Object.entries(expected)) {
          const chain = orChain(w[key]);
          const rest = chain?.[0]?.startsWith("inputs.") ? chain.slice(1) : chain;
          if (!chain || JSON.stringify(rest) !== JSON.stringify(own)) {
            problems.push(`${where}: ${key} of cutover is ${JSON.stringify(w[key])}, expected \${{ [inputs.x ||] ${own.join(" || ")} }}`);
          }
        }
      } else if (uses.startsWith("./")) {
        // In a reusable workflow any other ./ path is the caller's code.
        if (!LOCAL_CUTOVER.test(uses)) problems.push(`${where}: '${uses}' is not from the .cutover checkout`);
        else if (!cutoverCheckedOut) problems.push(`${where}: '${uses}' runs before cutover is checked out`);
      }
    });
  }
  return problems;
}

/** Jobs that `job` needs, directly or not. */
function neededJobs(wf: Doc, job: string, seen = new Set<string>()): Set<string> {
  const needs = record(record(wf.jobs)[job]).needs;
  for (const n of needs === undefined ? [] : Array.isArray(needs) ? needs.map(String) : [String(needs)]) {
    if (!seen.has(n)) {
      seen.add(n);
      neededJobs(wf, n, seen);
    }
  }
  return seen;
}

const grantsWrite = (perms: unknown): boolean =>
  typeof perms === "string" ? perms.includes("write") : Object.values(record(perms)).some((v) => v === "write");

/** The step of a job that checks inputs.environment against the configured list. */
function environmentCheckStep(def: Doc): Step | undefined {
  return steps(def.steps).find((s) => {
    const env = Object.values(record(s.env)).map(String);
    return typeof s.run === "string" && env.includes("${{ inputs.environment }}") && env.includes(`\${{ ${ROLLBACK_ENVIRONMENTS_VAR} }}`);
  });
}

/**
 * A dispatched workflow whose jobs run on inputs.environment offers the environment as a choice,
 * and every such job waits for a job that holds no write permission, runs on no environment, and
 * checks the environment against CUTOVER_ROLLBACK_ENVIRONMENTS, defaulting to the choice options.
 */
function environmentGuardProblems(wf: Doc): string[] {
  if (!hasTrigger(wf, "workflow_dispatch")) return [];
  const problems: string[] = [];
  const input = record(triggerInputs(wf, "workflow_dispatch").environment);
  const options = Array.isArray(input.options) ? input.options.map(String) : [];
  if (input.type !== "choice" || options.length === 0) problems.push("workflow_dispatch input 'environment' is not a choice");
  else if (!options.includes(String(input.default))) problems.push(`default environment '${String(input.default)}' is not an option`);
  for (const [job, def] of jobsOf(wf)) {
    // The guard itself is held to its own rules below.
    if (!JSON.stringify(def.environment ?? "").includes("inputs.environment") || environmentCheckStep(def)) continue;
    const guards = [...neededJobs(wf, job)].filter((n) => environmentCheckStep(record(record(wf.jobs)[n])));
    if (guards.length === 0) {
      problems.push(`job '${job}' runs on inputs.environment without first checking it`);
      continue;
    }
    for (const g of guards) {
      const gdef = record(record(wf.jobs)[g]);
      if (grantsWrite(gdef.permissions) || !("permissions" in gdef)) problems.push(`guard job '${g}' may hold write permissions`);
      if (gdef.environment !== undefined) problems.push(`guard job '${g}' runs on an environment (its secrets)`);
      const fallback = String(record(environmentCheckStep(gdef)?.env).DEFAULT_ALLOWED ?? "");
      if (fallback.split(",").join() !== options.join()) {
        problems.push(`guard job '${g}' falls back to '${fallback}', not the choice options '${options.join(",")}'`);
      }
    }
  }
  return problems;
}

/** What a job does with AWS: the credentials step, id-token, and cutover commands that call AWS. */
function awsUse(def: Doc): { idToken: boolean; credentials: Step[]; awsCommands: string[] } {
  const perms = record(def.permissions);
  const all = steps(def.steps);
  return {
    idToken: perms["id-token"] === "write" || def.permissions === "write-all",
    credentials: all.filter((s) => CREDENTIALS_ACTION.test(usesOf(s))),
    awsCommands: all.map((s) => LOCAL_CUTOVER.exec(usesOf(s))?.[1] ?? "").filter((c) => AWS_COMMANDS.includes(c)),
  };
}

/** id-token: write only on jobs that call AWS, and those jobs have the credentials step and the token. */
function idTokenProblems(wf: Doc): string[] {
  const problems: string[] = [];
  if (record(wf.permissions)["id-token"] !== undefined) problems.push("id-token granted at workflow level");
  for (const [job, def] of jobsOf(wf)) {
    const { idToken, credentials, awsCommands } = awsUse(def);
    if (idToken && awsCommands.length === 0) problems.push(`job '${job}' has id-token: write but runs no command that calls AWS`);
    if (credentials.length > 0 && awsCommands.length === 0)
      problems.push(`job '${job}' gets AWS credentials but runs no command that calls AWS`);
    if (awsCommands.length > 0 && credentials.length === 0)
      problems.push(`job '${job}' runs ${awsCommands.join(", ")} without the AWS credentials step`);
    if (awsCommands.length > 0 && !idToken)
      problems.push(`job '${job}' runs ${awsCommands.join(", ")} without id-token: write (no OIDC role)`);
  }
  return problems;
}

/** Inline `# zizmor: ignore[...]` comments: findings hidden where nobody reviews them. */
function zizmorIgnoreComments(text: string): string[] {
  return text.split("\n").flatMap((line, i) => (/#.*\bzizmor\s*:\s*ignore\b/.test(line) ? [`line ${i + 1}: ${line.trim()}`] : []));
}

/** The zizmor config lint-frontends.sh writes: audit name → the files it is ignored in. */
function lintZizmorIgnores(script: string): Record<string, string[]> | undefined {
  const m = /cat >"\$work\/zizmor\.yml" <<'EOF'\n([\s\S]*?)\nEOF\n/.exec(script);
  if (!m) return undefined;
  const rules = record(record(parse(m[1] ?? "")).rules);
  return Object.fromEntries(
    Object.entries(rules).map(([audit, def]) => {
      const d = record(def);
      // A disabled audit is ignored everywhere.
      return [audit, d.disable === true ? ["*"] : Array.isArray(d.ignore) ? d.ignore.map(String) : []];
    }),
  );
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
    .flatMap((s) =>
      // the library step, cutover 'x' / cutover command: 'x', or a plain sh 'node dist/cutover.js x'
      /\bcutover\s*\(?\s*(command\s*:\s*)?$/.test(text.slice(Math.max(0, s.start - 40), s.start))
        ? [{ command: s.body, at: s.start }]
        : [...s.body.matchAll(/node dist\/cutover\.js ([a-z-]+)/g)].map((m) => ({ command: m[1] ?? "", at: s.start })),
    );
}

/** An input step must come after the verify command and before the stage that runs switch-traffic. */
function approvalGateProblems(text: string): string[] {
  const { code } = lexGroovy(text);
  const commands = jenkinsCommands(text);
  const verify = commands.find((c) => c.command === "verify");
  const sw = commands.find((c) => c.command === "switch-traffic");
  if (!verify || !sw) return ["no verify or switch-traffic command"];
  // an input step there, or a call of a method of the file that holds one (the Jenkinsfile's approveSwitch())
  const gates = [...code.matchAll(/^\w+\s+(\w+)\s*\([^)]*\)\s*\{([\s\S]*?)^\}/gm)]
    .filter((m) => /\binput\s*\(/.test(m[2] ?? ""))
    .map((m) => m[1] ?? "");
  const calls = gates.flatMap((name) =>
    [...code.matchAll(new RegExp(`\\b${name}\\s*\\(\\s*\\)(?!\\s*\\{)`, "g"))].map((m) => m.index ?? 0),
  );
  const inputs = [...[...code.matchAll(/\binput\s*(\(|\{|message\s*:)/g)].map((m) => m.index ?? 0), ...calls];
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
const reusable = ["release.yml", "rollback.yml", "es-reindex.yml", "flink.yml"].map((f) => `.github/workflows/${f}`);
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

  it("Jenkinsfile archives outputs, binds credentials, locks the stages that change the estate", () => {
    const { code } = lexGroovy(jenkinsfile);
    expect(code).toMatch(/\block\s*\(\s*resource\s*:/);
    expect(code).toMatch(/\btimeout\s*\(/);
    expect(code).toMatch(/\bwithCredentials\s*\(/);
    expect(code).toMatch(/\barchiveArtifacts\b/);
    expect(code).toMatch(/\bpost\s*\{\s*always\b/);
  });
});

describe("who chooses the code, the environment and the AWS access", () => {
  const rollbackFile = ".github/workflows/rollback.yml";
  const frontEndFiles = [...workflowFiles, ...actionDirs.map((a) => `actions/${a}/action.yml`)];

  it("rollback.yml's dispatch inputs cannot choose a repository or ref", () => {
    const names = Object.keys(triggerInputs(load(rollbackFile), "workflow_dispatch"));
    expect(names).toContain("environment");
    expect(names.filter((n) => /repo|ref|sha|commit/i.test(n))).toEqual([]);
    // the override stays where only a caller's committed workflow can set it
    expect(Object.keys(triggerInputs(load(rollbackFile), "workflow_call"))).toEqual(
      expect.arrayContaining(["cutover-repository", "cutover-ref"]),
    );
  });

  it.each(reusable)("%s checks out and runs only its own cutover code (override from workflow_call only)", (f) => {
    expect(checkoutProvenanceProblems(load(f))).toEqual([]);
  });

  it("rollback.yml offers the environment as a choice and checks it in a job without permissions before the AWS job", () => {
    const wf = load(rollbackFile);
    expect(environmentGuardProblems(wf)).toEqual([]);
    const guard = jobsOf(wf).find(([, def]) => environmentCheckStep(def));
    expect(guard?.[1].permissions).toEqual({});
    expect(neededJobs(wf, "rollback").has(guard?.[0] ?? "")).toBe(true);
  });

  it.each(workflowFiles)("%s grants id-token: write only to jobs that call AWS", (f) => {
    expect(idTokenProblems(load(f))).toEqual([]);
  });

  it("release.yml: id-token on deploy-green, verify, switch-traffic, promote, rollback; not on plan, migrate-db", () => {
    const jobs = Object.fromEntries(jobsOf(load(".github/workflows/release.yml")).map(([j, d]) => [j, awsUse(d).idToken]));
    expect(jobs).toEqual({
      plan: false,
      "migrate-db": false,
      "deploy-green": true,
      verify: true,
      "switch-traffic": true,
      promote: true,
      rollback: true,
    });
  });

  it.each(frontEndFiles)("%s has no inline zizmor: ignore comment", (f) => {
    expect(zizmorIgnoreComments(readFileSync(join(root, f), "utf8"))).toEqual([]);
  });

  it("lint-frontends.sh ignores only self-repository, only in the reusable workflows", () => {
    const ignores = lintZizmorIgnores(readFileSync(join(root, "scripts/lint-frontends.sh"), "utf8"));
    expect(ignores).toEqual({ "self-repository": ["release.yml", "rollback.yml", "es-reindex.yml", "flink.yml"] });
  });

  describe("the environment check of rollback.yml, run", () => {
    const wf = load(rollbackFile);
    const guard = jobsOf(wf)
      .map(([, def]) => environmentCheckStep(def))
      .find(Boolean);
    const run = (environment: string, variable = "") => {
      // As the runner runs `shell: bash`; an unset repository variable expands to "".
      const r = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", String(guard?.run)], {
        encoding: "utf8",
        env: {
          PATH: process.env.PATH ?? "/usr/bin:/bin",
          ENVIRONMENT: environment,
          ALLOWED: variable,
          DEFAULT_ALLOWED: String(record(guard?.env).DEFAULT_ALLOWED),
        },
      });
      return { status: r.status, out: `${r.stdout}${r.stderr}` };
    };

    it.each([
      ["production", ""],
      ["staging", ""],
      ["Production", ""],
      ["prod-eu", "production, prod-eu"],
      ["prod-eu", '["production", "prod-eu"]'],
      ["prod-eu", "production\nprod-eu\n"],
      ["Prod EU", "prod eu"],
    ])("allows %j when CUTOVER_ROLLBACK_ENVIRONMENTS is %j", (environment, variable) => {
      expect(run(environment, variable).status).toBe(0);
    });

    it.each([
      ["prod-eu", ""],
      ["production", "staging"],
      ["prod", "production"],
      ["", ""],
      [" production", ""],
      ["production\n::warning::injected", ""],
    ])("refuses %j when CUTOVER_ROLLBACK_ENVIRONMENTS is %j, printing nothing that starts a workflow command", (environment, variable) => {
      const { status, out } = run(environment, variable);
      expect(status).toBe(2);
      expect(out.split("\n").filter((l) => l.startsWith("::") && !l.startsWith("::error title=cutover rollback::"))).toEqual([]);
    });
  });
});

// The Jenkins approval gate (approvers from a credential, never a parameter) is proven by running
// the Jenkinsfile: test/jenkins/JenkinsfileTest.groovy (scripts/jenkins-unit.sh).

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
    record(jobs.verify).environment = "production";
    delete record(jobs.rollback).if;
    expect(releaseChainProblems(wf)).toEqual([
      "job 'promote' needs [verify], expected [plan, switch-traffic]",
      "switch-traffic does not run on inputs.environment",
      "job 'verify' is on an environment (a second gate)",
      "no rollback job on failure or cancel",
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
  it("catch a dispatch input, or anything but the workflow's own code, choosing what runs", () => {
    const wf = load(".github/workflows/rollback.yml");
    const cutoverCheckout = (w: Doc) => steps(record(record(w.jobs).rollback).steps).find((s) => record(s.with).path === ".cutover") ?? {};
    triggerInputs(wf, "workflow_dispatch")["cutover-ref"] = { type: "string", default: "" };
    expect(checkoutProvenanceProblems(wf)).toEqual(["jobs.rollback.steps[1]: ref comes from workflow_dispatch input 'cutover-ref'"]);

    const own = load(".github/workflows/rollback.yml");
    record(cutoverCheckout(own).with).ref = "${{ inputs.cutover-ref || github.sha }}";
    record(cutoverCheckout(own).with).repository = "${{ inputs.cutover-repository || job.workflow_repository }}";
    expect(checkoutProvenanceProblems(own)).toHaveLength(2);

    const release = load(".github/workflows/release.yml");
    const plan = record(record(release.jobs).plan).steps as Step[];
    record(plan[1]?.with).repository = "${{ inputs.cutover-repository || job.workflow_repository || github.repository }}";
    plan.push({ uses: "./actions/plan" });
    expect(checkoutProvenanceProblems(release)).toEqual([
      'jobs.plan.steps[1]: repository of cutover is "${{ inputs.cutover-repository || job.workflow_repository || github.repository }}", expected ${{ [inputs.x ||] job.workflow_repository }}',
      "jobs.plan.steps[4]: './actions/plan' is not from the .cutover checkout",
    ]);
  });

  it("catch a free environment, a missing or privileged guard, defaults that differ from the choice", () => {
    const free = load(".github/workflows/rollback.yml");
    record(triggerInputs(free, "workflow_dispatch").environment).type = "string";
    delete record(record(free.jobs).rollback).needs;
    expect(environmentGuardProblems(free)).toEqual([
      "workflow_dispatch input 'environment' is not a choice",
      "job 'rollback' runs on inputs.environment without first checking it",
    ]);

    const privileged = load(".github/workflows/rollback.yml");
    const guard = record(record(privileged.jobs)["check-environment"]);
    guard.permissions = { "id-token": "write" };
    guard.environment = "${{ inputs.environment }}";
    record(steps(guard.steps)[0]?.env).DEFAULT_ALLOWED = "production,staging,dev";
    expect(environmentGuardProblems(privileged)).toEqual([
      "guard job 'check-environment' may hold write permissions",
      "guard job 'check-environment' runs on an environment (its secrets)",
      "guard job 'check-environment' falls back to 'production,staging,dev', not the choice options 'production,staging'",
    ]);
  });

  it("catch id-token or AWS credentials on a job that does not call AWS, and an AWS job without them", () => {
    const wf = load(".github/workflows/release.yml");
    const jobs = record(wf.jobs);
    const deploy = record(jobs["deploy-green"]);
    const credentials = steps(deploy.steps).find((s) => CREDENTIALS_ACTION.test(usesOf(s)));
    const plan = record(jobs.plan);
    plan.permissions = { contents: "read", "id-token": "write" };
    (plan.steps as Step[]).splice(2, 0, credentials ?? {});
    deploy.permissions = { contents: "read" };
    expect(idTokenProblems(wf)).toEqual([
      "job 'plan' has id-token: write but runs no command that calls AWS",
      "job 'plan' gets AWS credentials but runs no command that calls AWS",
      "job 'deploy-green' runs deploy-green without id-token: write (no OIDC role)",
    ]);
    wf.permissions = { "id-token": "write" };
    expect(idTokenProblems(wf)[0]).toBe("id-token granted at workflow level");
  });

  it("catch inline zizmor ignores and a broader lint ignore", () => {
    expect(zizmorIgnoreComments("a: 1\n  uses: ./x # zizmor: ignore[self-repository]\n# zizmor:ignore[artipacked]")).toEqual([
      "line 2: uses: ./x # zizmor: ignore[self-repository]",
      "line 3: # zizmor:ignore[artipacked]",
    ]);
    const script = (body: string) => `x\ncat >"$work/zizmor.yml" <<'EOF'\n${body}\nEOF\ny`;
    expect(lintZizmorIgnores(script("rules:\n  artipacked:\n    disable: true"))).toEqual({ artipacked: ["*"] });
    expect(lintZizmorIgnores("no config")).toBeUndefined();
  });
});
