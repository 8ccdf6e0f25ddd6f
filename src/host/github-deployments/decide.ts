import type { DeploymentsConfig } from "../../config/schema/deployments.js";

/**
 * What a command's result means for the release's record on GitHub's Environments page
 * (docs/deployments.md). Pure: the GitHub adapter (record.ts) only sends what this decides.
 *
 * One deployment per release and environment, made by the first command that has something to
 * say about the release and found again by the later ones (by task and release), so the page
 * shows the release moving through in_progress to success or failure, and inactive once rolled
 * back or replaced.
 */

/** The deployment task cutover's records carry, so they are told apart from the jobs' own. */
export const CUTOVER_TASK = "deploy:cutover";

/** GitHub keeps at most 140 characters of a status description. */
export const DESCRIPTION_LIMIT = 140;

export type RecordedState = "in_progress" | "success" | "failure" | "inactive";

/** How a command ended, as run-cli.ts saw it. */
export type CommandEnd = "done" | "dry-run" | "failed" | "refused" | "bad-input";

/** What a command found out about releases, beyond its settings (read back from AWS tags). */
export interface ReleaseFacts {
  /** The release the command worked on (green's, or the one it promoted). */
  readonly release?: string;
  /** promote: the releases it took out of service; rollback: the releases it took traffic away from. */
  readonly replaced?: readonly string[];
  /** rollback: the releases that hold the traffic again. */
  readonly restored?: readonly string[];
  /** switch-traffic: green's weight at the end. */
  readonly greenWeight?: number;
}

export interface CommandRecordInput {
  readonly command: string;
  readonly end: CommandEnd;
  /** `--release`, or the pushed tag. */
  readonly release: string | undefined;
  readonly facts?: ReleaseFacts;
  /** The headline, or the failure's first line. */
  readonly message: string;
}

export interface StatusIntent {
  readonly release: string;
  readonly state: RecordedState;
  readonly description: string;
  /** Show the environment URL with this status (a release that is, or is becoming, live). */
  readonly withUrl: boolean;
  /** Make the release's deployment when none exists yet; false for a release only ever found. */
  readonly create: boolean;
}

/** The commands whose results say where a release stands. */
export const RECORDING_COMMANDS = ["deploy-green", "verify", "switch-traffic", "promote", "rollback"] as const;

export function decideRecords(input: CommandRecordInput, config: DeploymentsConfig | undefined): StatusIntent[] {
  if (!config || !config.enabled) return [];
  if (!(RECORDING_COMMANDS as readonly string[]).includes(input.command)) return [];
  // a dry run changed nothing; bad input never started (its config may not even be read)
  if (input.end === "dry-run" || input.end === "bad-input") return [];
  const facts = input.facts ?? {};
  const release = facts.release ?? input.release;

  if (input.end === "failed" || input.end === "refused") {
    if (release === undefined) return [];
    const what = input.command === "rollback" ? "rollback failed" : `${input.command} ${input.end}`;
    return [intent(release, "failure", `${what}: ${input.message}`, false, true)];
  }

  switch (input.command) {
    case "deploy-green":
      return release === undefined ? [] : [intent(release, "in_progress", "green deployed beside blue, at 0% traffic", false, true)];
    case "verify":
      return release === undefined ? [] : [intent(release, "in_progress", "green passed its smoke checks", false, true)];
    case "switch-traffic": {
      if (release === undefined) return [];
      const weight = facts.greenWeight;
      return [intent(release, "in_progress", weight === undefined ? input.message : `green takes ${weight}% of the traffic`, true, true)];
    }
    case "promote": {
      if (release === undefined) return [];
      const replaced = unique(facts.replaced).filter((r) => r !== release);
      return [
        intent(release, "success", "live: promoted, green is the new blue", true, true),
        ...replaced.map((old) => intent(old, "inactive", `replaced by ${release}`, false, false)),
      ];
    }
    case "rollback": {
      const restored = unique(facts.restored);
      const away = unique(facts.replaced ?? (release === undefined ? [] : [release])).filter((r) => !restored.includes(r));
      const back = restored.length > 0 ? restored.join(", ") : "blue";
      return [
        ...away.map((r) => intent(r, "inactive", `rolled back: traffic is on ${back} again`, false, true)),
        // only a release that went back in is shown live again; one never recorded is not made up
        ...(away.length === 0
          ? []
          : restored.map((r) => intent(r, "success", `live again after the rollback of ${away.join(", ")}`, true, false))),
      ];
    }
    default:
      return [];
  }
}

/**
 * The ref a release's deployment names: the tag itself when the run was started by pushing it
 * (the Environments page then shows the tag), else the commit the run is on. GitHub refuses a ref
 * it does not know, and a release label need not be one.
 */
export function deploymentRef(release: string, env: Readonly<Record<string, string | undefined>>): string {
  if (env.GITHUB_REF_TYPE === "tag" && env.GITHUB_REF_NAME === release) return release;
  return env.GITHUB_SHA || env.GITHUB_REF_NAME || release;
}

function intent(release: string, state: RecordedState, description: string, withUrl: boolean, create: boolean): StatusIntent {
  return { release, state, description: shorten(description), withUrl, create };
}

export function shorten(text: string): string {
  const line = text.split("\n")[0] ?? "";
  return line.length <= DESCRIPTION_LIMIT ? line : `${line.slice(0, DESCRIPTION_LIMIT - 1)}…`;
}

function unique(list: readonly string[] | undefined): string[] {
  return [...new Set(list ?? [])];
}
