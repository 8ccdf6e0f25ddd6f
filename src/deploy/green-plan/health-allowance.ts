import type { TargetGroupFacts } from "../../traffic/estate-facts.js";

/**
 * How long a new target may take before `unhealthy` means it failed rather than that it is still
 * starting: the grace period, plus enough checks to pass or fail, plus one timeout.
 */
export function healthAllowanceMs(targetGroup: TargetGroupFacts | undefined, graceSeconds: number | undefined): number {
  const hc = targetGroup?.healthCheck;
  const interval = hc?.intervalSeconds ?? 30;
  const checks = Math.max(hc?.healthyThreshold ?? 5, hc?.unhealthyThreshold ?? 2);
  return ((graceSeconds ?? 0) + interval * checks + (hc?.timeoutSeconds ?? 5)) * 1000;
}
