import { getOctokit } from "@actions/github";
import type { DeploymentsConfig } from "../../config/schema/deployments.js";
import type { Host } from "../host.js";
import { CUTOVER_TASK, deploymentRef, type StatusIntent } from "./decide.js";

/**
 * Sends what decide.ts chose to GitHub's Deployments API, through @actions/github (Octokit).
 *
 * Recording never decides a release: a missing `deployments: write` permission, a missing token or
 * any failed call gives one warning, the remaining calls are skipped, and the command's own result
 * and exit code stand. The token is masked before anything else happens and is never logged.
 */

export interface RecordTarget {
  readonly project: string;
  readonly config: DeploymentsConfig;
}

type Octokit = ReturnType<typeof getOctokit>;

interface FoundDeployment {
  readonly id: number;
  readonly release: string | undefined;
}

/** Each call gives up after this long: a slow API must not hold a release job. */
const CALL_TIMEOUT_MS = 15_000;

export async function recordDeployments(
  host: Pick<Host, "input" | "maskSecret" | "log" | "redact">,
  env: Readonly<Record<string, string | undefined>>,
  target: RecordTarget,
  intents: readonly StatusIntent[],
): Promise<void> {
  if (intents.length === 0) return;
  const token = host.input("github-token") ?? env.GITHUB_TOKEN;
  if (token) host.maskSecret(token);
  const where = `deployments.environment '${target.config.environment}'`;
  const skipped = `The release itself is not affected; it is not shown on GitHub's Environments page (${where}).`;
  if (!token) {
    host.log.warn(`no GitHub token to record the release with (input 'github-token' or GITHUB_TOKEN). ${skipped}`);
    return;
  }
  const repository = /^([^/\s]+)\/([^/\s]+)$/.exec(env.GITHUB_REPOSITORY ?? "");
  if (!repository?.[1] || !repository[2]) {
    host.log.warn(`GITHUB_REPOSITORY is not set as owner/name, so the release cannot be recorded. ${skipped}`);
    return;
  }
  const repo = { owner: repository[1], repo: repository[2] };
  const octokit = getOctokit(token, { baseUrl: env.GITHUB_API_URL || "https://api.github.com" });
  const request = () => ({ signal: AbortSignal.timeout(CALL_TIMEOUT_MS) });
  const runUrl =
    env.GITHUB_SERVER_URL && env.GITHUB_RUN_ID
      ? `${env.GITHUB_SERVER_URL}/${repo.owner}/${repo.repo}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;

  try {
    const existing = await listCutoverDeployments(octokit, repo, target.config.environment, request);
    for (const step of intents) {
      let deployment = existing.find((d) => d.release === step.release);
      if (!deployment) {
        if (!step.create) continue;
        deployment = await createDeployment(
          octokit,
          { ...repo, ...target, release: step.release, ref: deploymentRef(step.release, env) },
          request,
        );
        existing.unshift(deployment);
      }
      await octokit.rest.repos.createDeploymentStatus({
        ...repo,
        deployment_id: deployment.id,
        state: step.state,
        description: host.redact(step.description),
        ...(step.withUrl && target.config.url ? { environment_url: target.config.url } : {}),
        ...(runUrl ? { log_url: runUrl } : {}),
        request: request(),
      });
      host.log.info(
        `GitHub deployment ${deployment.id} (${target.config.environment}, ${step.release}): ${step.state}, ${step.description}`,
      );
    }
  } catch (error) {
    host.log.warn(`${explain(error)} ${skipped}`);
  }
}

async function listCutoverDeployments(
  octokit: Octokit,
  repo: { owner: string; repo: string },
  environment: string,
  request: () => { signal: AbortSignal },
): Promise<FoundDeployment[]> {
  // newest first; a release's deployment is found by the release in its payload (its ref may be a commit)
  const { data } = await octokit.rest.repos.listDeployments({
    ...repo,
    environment,
    task: CUTOVER_TASK,
    per_page: 100,
    request: request(),
  });
  return data.map((d) => ({ id: d.id, release: releaseOf(d.payload) }));
}

async function createDeployment(
  octokit: Octokit,
  what: { owner: string; repo: string; project: string; config: DeploymentsConfig; release: string; ref: string },
  request: () => { signal: AbortSignal },
): Promise<FoundDeployment> {
  const response = await octokit.rest.repos.createDeployment({
    owner: what.owner,
    repo: what.repo,
    ref: what.ref,
    task: CUTOVER_TASK,
    environment: what.config.environment,
    description: `cutover release ${what.release}`,
    payload: { release: what.release, project: what.project },
    // the environment's approval already happened; commit checks and merging are not cutover's to run
    auto_merge: false,
    required_contexts: [],
    transient_environment: false,
    request: request(),
  });
  if (response.status !== 201 || !("id" in response.data))
    throw new Error(`creating the deployment answered ${response.status} without a deployment`);
  return { id: response.data.id, release: what.release };
}

function releaseOf(payload: unknown): string | undefined {
  let value = payload;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return undefined;
    }
  }
  if (value && typeof value === "object" && "release" in value && typeof value.release === "string") return value.release;
  return undefined;
}

/** One line saying what went wrong and what to do; never the request's headers. */
function explain(error: unknown): string {
  const status = typeof error === "object" && error !== null && "status" in error ? Number(error.status) : undefined;
  const message = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
  if (status === 403)
    return `could not record the release on GitHub (403 ${message}): the job's token needs 'permissions: deployments: write'.`;
  if (status === 401) return `could not record the release on GitHub (401 ${message}): the token given as 'github-token' was refused.`;
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError"))
    return `could not record the release on GitHub: no answer within ${CALL_TIMEOUT_MS / 1000}s.`;
  return `could not record the release on GitHub (${status ?? "no answer"}: ${message}).`;
}
