/**
 * The one way adapters call AWS: every call is counted and every failure is rethrown as an
 * AwsError naming the action and the resource, so an operator reads
 * `DescribeRules on feed-normalizers (spectate-feeds:80): ListenerNotFound: ...` rather than a bare
 * SDK message. Retries (throttling, 5xx) happen inside the SDK client before anything lands here.
 */

import { ExternalError } from "../errors.js";

/** IAM service prefixes, so the counted names are the IAM actions a policy must allow. */
export type AwsService = "elasticloadbalancing" | "ecs" | "autoscaling" | "cloudwatch" | "dynamodb";

/** Counts API calls by IAM action (`elasticloadbalancing:DescribeRules`); pages count one each. */
export class AwsCalls {
  private readonly counts = new Map<string, number>();

  record(service: AwsService, action: string): void {
    const key = `${service}:${action}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  get total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }

  /** Sorted by action name, for stable output. */
  byAction(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  summary(): { total: number; byAction: Record<string, number> } {
    return { total: this.total, byAction: this.byAction() };
  }
}

export class AwsError extends ExternalError {
  constructor(
    readonly action: string,
    readonly resource: string,
    /** The SDK's error name without its `Exception` suffix: ListenerNotFound, Throttling, ... */
    readonly code: string,
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${action} on ${resource}: ${code}: ${detail}`, "AWS", options);
    this.name = "AwsError";
  }

  /** The same error, with the resource named as the config names it: `feed-normalizers (spectate-feeds:80)`. */
  about(owner: string): AwsError {
    return new AwsError(this.action, `${owner} (${this.resource})`, this.code, this.detail, { cause: this.cause });
  }
}

export function awsErrorCode(error: unknown): string {
  const name = error instanceof Error ? error.name : "Error";
  return name.replace(/Exception$/, "");
}

export async function callAws<T>(
  calls: AwsCalls,
  service: AwsService,
  action: string,
  resource: string,
  send: () => Promise<T>,
): Promise<T> {
  calls.record(service, action);
  try {
    return await send();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new AwsError(action, resource, awsErrorCode(error), detail, { cause: error });
  }
}

/** True for an AwsError with that code (`TargetGroupNotFound`), so lookups can report absence instead. */
export function isAwsCode(error: unknown, code: string): error is AwsError {
  return error instanceof AwsError && error.code === code;
}

/** Batches of at most `size`: DescribeTags takes 20 ARNs, DescribeServices 10 names. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
