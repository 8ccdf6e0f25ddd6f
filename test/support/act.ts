/**
 * Runs cutover's workflows with nektos/act in host mode (no Docker), as a user's repository would
 * run them: the caller workflow is one of examples/workflows/, copied as it is, and its `uses:`
 * reference to cutover is pointed at this working tree with --local-repository.
 *
 * act fetches every remote action before a job starts, so the two third-party actions the
 * reusable workflows use get local stand-ins under the pinned references the workflows name:
 *   - actions/checkout: act already copies the caller's folder into the workspace; for the
 *     `.cutover` checkout the stand-in copies this tree's actions/ and dist/ there (what a checkout
 *     of the pinned cutover commit holds);
 *   - aws-actions/configure-aws-credentials: stands in for OIDC by exporting a moto account's keys
 *     and the region, and appends each call (with the role it was asked to assume) to a log file,
 *     so a test can tell whether any job ever got AWS credentials.
 */
import { spawn, execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

export const REPO = join(import.meta.dirname, "..", "..");

/** scripts/ensure-act.sh: installs the pinned act once (cached) and prints its path. */
export function ensureAct(): string {
  return execFileSync("bash", [join(REPO, "scripts/ensure-act.sh")], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim();
}

/** Every `uses: owner/repo[/path]@ref` in a workflow file, as `owner/repo@ref`. */
export function remoteUses(file: string): string[] {
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === "object") {
      for (const [key, value] of Object.entries(node)) {
        if (key === "uses" && typeof value === "string" && !value.startsWith("./")) {
          const m = /^([^/@]+\/[^/@]+)(?:\/[^@]*)?@(.+)$/.exec(value);
          if (m) found.add(`${m[1]}@${m[2]}`);
        } else visit(value);
      }
    }
  };
  visit(parse(readFileSync(file, "utf8")));
  return [...found];
}

export interface StandIns {
  readonly dir: string;
  /** --local-repository arguments for the stand-ins and for cutover itself. */
  readonly localRepositories: string[];
  /** One line per configure-aws-credentials call: `role=<role> region=<region>`. */
  credentialCalls(): string[];
}

export function writeStandIns(
  dir: string,
  aws: { accessKeyId: string; secretAccessKey: string; sessionToken: string },
  callers: string[],
): StandIns {
  const checkout = join(dir, "checkout");
  const credentials = join(dir, "configure-aws-credentials");
  const log = join(dir, "credential-calls.log");
  mkdirSync(checkout, { recursive: true });
  mkdirSync(credentials, { recursive: true });
  writeFileSync(log, "");
  const input = (name: string) => `  ${name}: { description: "${name}", required: false, default: "" }`;
  writeFileSync(
    join(checkout, "action.yml"),
    [
      "name: checkout stand-in",
      "description: act copies the caller's folder; the .cutover checkout gets this tree's actions and dist",
      "inputs:",
      ...["repository", "ref", "path", "persist-credentials", "fetch-depth"].map(input),
      "runs:",
      "  using: composite",
      "  steps:",
      "    - shell: bash",
      "      env:",
      "        WANTED: ${{ inputs.path }}",
      `        SOURCE: ${JSON.stringify(REPO)}`,
      "      run: |",
      '        if [ "$WANTED" = .cutover ]; then',
      '          rm -rf "$GITHUB_WORKSPACE/.cutover" && mkdir -p "$GITHUB_WORKSPACE/.cutover"',
      '          cp -R "$SOURCE/actions" "$SOURCE/dist" "$GITHUB_WORKSPACE/.cutover/"',
      "        fi",
      "",
    ].join("\n"),
  );
  writeFileSync(
    join(credentials, "action.yml"),
    [
      "name: configure-aws-credentials stand-in",
      "description: OIDC stand-in; exports a moto account's keys",
      "inputs:",
      ...["aws-region", "role-to-assume", "aws-access-key-id", "aws-secret-access-key"].map(input),
      "runs:",
      "  using: composite",
      "  steps:",
      "    - shell: bash",
      "      env:",
      "        REGION: ${{ inputs.aws-region }}",
      "        ROLE: ${{ inputs.role-to-assume }}",
      `        LOG: ${JSON.stringify(log)}`,
      `        KEY: ${JSON.stringify(aws.accessKeyId)}`,
      `        SECRET: ${JSON.stringify(aws.secretAccessKey)}`,
      `        TOKEN: ${JSON.stringify(aws.sessionToken)}`,
      "      run: |",
      '        echo "role=$ROLE region=$REGION" >>"$LOG"',
      '        { echo "AWS_ACCESS_KEY_ID=$KEY"; echo "AWS_SECRET_ACCESS_KEY=$SECRET"; echo "AWS_SESSION_TOKEN=$TOKEN"',
      '          echo "AWS_REGION=$REGION"; echo "AWS_DEFAULT_REGION=$REGION"; } >>"$GITHUB_ENV"',
      "",
    ].join("\n"),
  );
  const pins = new Set<string>();
  for (const f of ["release.yml", "rollback.yml", "es-reindex.yml", "flink.yml"]) {
    for (const u of remoteUses(join(REPO, ".github/workflows", f))) pins.add(u);
  }
  const localRepositories: string[] = [];
  for (const pin of pins) {
    if (pin.startsWith("actions/checkout@")) localRepositories.push(`${pin}=${checkout}`);
    else if (pin.startsWith("aws-actions/configure-aws-credentials@")) localRepositories.push(`${pin}=${credentials}`);
    else throw new Error(`no act stand-in for ${pin}`);
  }
  // the callers' reference to cutover itself: this working tree's workflows
  const tree = workflowsForAct(dir);
  for (const caller of callers) for (const u of remoteUses(caller)) localRepositories.push(`${u}=${tree}`);
  return {
    dir,
    localRepositories: [...new Set(localRepositories)],
    credentialCalls: () =>
      readFileSync(log, "utf8")
        .split("\n")
        .filter((l) => l !== ""),
  };
}

/**
 * This tree's workflows as act reads them. act's schema (0.2.89) does not know a job environment's
 * `deployment` key, which GitHub's does (no deployment of the job's own; docs/deployments.md), and
 * refuses the whole file. So that one line is left out here; every other line is as committed.
 */
function workflowsForAct(dir: string): string {
  const tree = join(dir, "cutover-tree");
  const workflows = join(tree, ".github", "workflows");
  mkdirSync(workflows, { recursive: true });
  for (const name of readdirSync(join(REPO, ".github", "workflows"))) {
    const lines = readFileSync(join(REPO, ".github", "workflows", name), "utf8").split("\n");
    writeFileSync(join(workflows, name), lines.filter((l) => !/^\s+deployment: \$\{\{.*\}\}\s*$/.test(l)).join("\n"));
  }
  return tree;
}

export interface ActRun {
  readonly code: number;
  /** Each job's result by its id in act's log (`jobID`), e.g. {"switch-traffic": "success"}. */
  readonly jobs: Record<string, string>;
  /** The step summaries written during the run, in order (act logs them; it keeps no summary file). */
  readonly summaries: string[];
  readonly log: string;
  readonly seconds: number;
}

interface ActLine {
  jobID?: string;
  jobResult?: string;
  msg?: string;
  command?: string;
  content?: string;
  raw_output?: boolean;
}

export interface ActOptions {
  readonly act: string;
  /** The caller repository's folder (a git repository holding .github/workflows/ and the config). */
  readonly cwd: string;
  readonly event: "push" | "workflow_dispatch";
  readonly payload: Record<string, unknown>;
  readonly workflow: string;
  readonly localRepositories: readonly string[];
  readonly vars?: Record<string, string>;
  readonly secrets?: Record<string, string>;
  readonly env?: Record<string, string>;
  /** Called once act has started, e.g. to act on AWS while a job runs; `running()` turns false when act exits. */
  readonly during?: (running: () => boolean) => Promise<void>;
}

export async function runAct(options: ActOptions, scratch: string): Promise<ActRun> {
  const eventFile = join(scratch, `event-${Date.now()}.json`);
  writeFileSync(eventFile, JSON.stringify(options.payload));
  const args = [
    options.event,
    "-e",
    eventFile,
    "-W",
    options.workflow,
    "-P",
    "ubuntu-latest=-self-hosted",
    "--json",
    "--no-cache-server",
    "--action-offline-mode",
    ...options.localRepositories.flatMap((r) => ["--local-repository", r]),
    ...Object.entries(options.vars ?? {}).flatMap(([k, v]) => ["--var", `${k}=${v}`]),
    ...Object.entries(options.secrets ?? {}).flatMap(([k, v]) => ["-s", `${k}=${v}`]),
    ...Object.entries(options.env ?? {}).flatMap(([k, v]) => ["--env", `${k}=${v}`]),
  ];
  const started = Date.now();
  const child = spawn(options.act, args, {
    cwd: options.cwd,
    // act writes its own config under XDG_CONFIG_HOME; keep it out of the user's home
    env: { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: process.env.HOME ?? scratch, XDG_CONFIG_HOME: join(scratch, "xdg") },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const out: string[] = [];
  child.stdout.setEncoding("utf8").on("data", (s: string) => out.push(s));
  child.stderr.setEncoding("utf8").on("data", (s: string) => out.push(s));
  let running = true;
  const exited = new Promise<number>((resolve) =>
    child.on("close", (code) => {
      running = false;
      resolve(code ?? -1);
    }),
  );
  if (options.during) await options.during(() => running);
  const code = await exited;
  const log = out.join("");
  const jobs: Record<string, string> = {};
  const summaries: string[] = [];
  const text: string[] = [];
  for (const line of log.split("\n")) {
    let parsed: ActLine;
    try {
      parsed = JSON.parse(line) as ActLine;
    } catch {
      text.push(line);
      continue;
    }
    if (parsed.jobID && parsed.jobResult) jobs[parsed.jobID] = parsed.jobResult;
    if (parsed.command === "summary" && typeof parsed.content === "string") summaries.push(parsed.content);
    if (typeof parsed.msg === "string") text.push(`${parsed.jobID ?? ""} ${parsed.msg}`);
  }
  return { code, jobs, summaries, log: text.join("\n"), seconds: Math.round((Date.now() - started) / 100) / 10 };
}

/** A caller repository: a git repository with the given files (act reads the workflow from it). */
export function makeCallerRepository(dir: string, files: Record<string, string>, copies: Record<string, string> = {}): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  for (const [path, from] of Object.entries(copies)) cpSync(from, join(dir, path), { recursive: true });
  const git = (...a: string[]) => execFileSync("git", a, { cwd: dir, stdio: "ignore" });
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("-c", "user.email=ci@example.com", "-c", "user.name=ci", "commit", "-qm", "caller");
}
