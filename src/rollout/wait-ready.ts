import type { ReadyCheck } from "../deploy/green-plan/index.js";
import {
  judge,
  remember,
  type Observation,
  type ReadyProbe,
  type ReadyResult,
  type TargetMemory,
  type Verdict,
} from "../deploy/readiness.js";
import { OperationError } from "../errors.js";
import { Interrupted } from "../run/run-operation.js";
import type { Clock } from "../run/clock.js";

/** How often to look: soon at first, then less often, never more than `max` apart. */
export interface Backoff {
  readonly first: number;
  readonly factor: number;
  readonly max: number;
}

export const DEFAULT_BACKOFF: Backoff = { first: 2_000, factor: 1.5, max: 15_000 };

/** AWS asking callers to slow down: the SDK has retried already; the wait backs off and looks again. */
const THROTTLED = new Set(["Throttling", "ThrottlingException", "RequestLimitExceeded", "TooManyRequests"]);

/**
 * Polls every check until all are ready. Never hangs: each check has its own deadline
 * (readyTimeout), and the first failure ends the whole wait, as does any AWS error other than
 * throttling. Either way green is left as it is for the next run to resume, and the error says so.
 */
export async function waitUntilReady(
  checks: readonly ReadyCheck[],
  probe: ReadyProbe,
  clock: Clock,
  onProgress: (service: string, detail: string) => void = () => undefined,
  backoff: Backoff = DEFAULT_BACKOFF,
  signal?: AbortSignal,
): Promise<ReadyResult[]> {
  const start = clock.now();
  const results: ReadyResult[] = [];
  const memory = new Map<ReadyCheck, TargetMemory>();
  const last = new Map<ReadyCheck, string>();
  let pending = [...checks];
  let delay = backoff.first;

  while (pending.length > 0) {
    const still: ReadyCheck[] = [];
    for (const check of pending) {
      const verdict = await look(check, probe, clock, memory, last);
      if (verdict.state === "failed") throw new OperationError(`green of ${check.service} failed: ${verdict.reason}`, resumable);
      if (verdict.state === "ready") {
        results.push({ service: check.service, detail: verdict.detail, waitedMs: clock.now() - start });
        onProgress(check.service, `ready: ${verdict.detail}`);
        continue;
      }
      if (clock.now() - start >= check.timeoutMs) {
        throw new OperationError(
          `green of ${check.service} not ready within readyTimeout (${Math.round(check.timeoutMs / 1000)}s): ${verdict.detail}`,
          resumable,
        );
      }
      if (verdict.detail !== last.get(check)) onProgress(check.service, verdict.detail);
      last.set(check, verdict.detail);
      still.push(check);
    }
    pending = still;
    if (pending.length === 0) break;
    const untilDeadline = Math.min(...pending.map((c) => start + c.timeoutMs - clock.now()));
    await clock.sleep(Math.max(0, Math.min(delay, untilDeadline)), signal);
    // a stop request ends the wait at once; green stays as it is for the next run
    if (signal?.aborted)
      throw new Interrupted(`the wait for green was interrupted with ${pending.map((c) => c.service).join(", ")} not ready yet`);
    delay = Math.min(delay * backoff.factor, backoff.max);
  }
  return results;
}

async function look(
  check: ReadyCheck,
  probe: ReadyProbe,
  clock: Clock,
  memory: Map<ReadyCheck, TargetMemory>,
  last: Map<ReadyCheck, string>,
): Promise<Verdict> {
  let seen: Observation;
  try {
    seen = await probe.observe(check);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string" && THROTTLED.has(code)) {
      return { state: "waiting", detail: `${last.get(check) ?? "not looked at yet"}; last look throttled: ${(error as Error).message}` };
    }
    throw new OperationError(
      `could not check green of ${check.service}: ${error instanceof Error ? error.message : String(error)}`,
      resumable,
      {
        cause: error,
      },
    );
  }
  const now = clock.now();
  const known = remember(memory.get(check) ?? new Map(), seen.targets, now);
  memory.set(check, known);
  return judge(check, seen, known, now);
}

const resumable = {
  kind: "resumable",
  detail:
    "Green was left as it is and carries no traffic. The next deploy-green run for this release continues from it; to start over, deploy a new release with --replace-green.",
} as const;
