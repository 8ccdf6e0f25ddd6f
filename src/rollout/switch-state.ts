import type { ForwardBody } from "../traffic/forward-action.js";
import type { SwitchPlan } from "../traffic/switch-plan.js";
import type { StepRow } from "./switch-traffic.js";

/** What a switch run knows while it walks its plan: shared by the walk and its restore. */

export type StopReason = "alarm" | "unhealthy" | "drift" | "check" | "taken-over";

/** Why the switch stopped part-way; caught below and turned into a restore and an exit code. */
export class Stop extends Error {
  constructor(
    readonly reason: StopReason,
    message: string,
    readonly problems: readonly string[] = [message],
    /** Routes whose weights someone else set: never written again by this run. */
    readonly foreign: readonly string[] = [],
  ) {
    super(message);
    this.name = "Stop";
  }
}

/** What the walk has done so far, which a restore needs. */
export interface Walk {
  readonly names: ReadonlyMap<string, string>;
  /** What cutover set last on each route (at first: what it found), by rule ARN. */
  readonly expected: Map<string, ForwardBody>;
  /** Every forward this run wrote or was writing: a restore writes over these and nothing else. */
  readonly ours: Map<string, ForwardBody[]>;
  readonly rows: StepRow[];
  greenWeight: number;
}

export function newWalk(plan: SwitchPlan): Walk {
  return {
    names: new Map(plan.routes.flatMap((r) => [[r.blue.arn, r.blue.name] as const, [r.green.arn, r.green.name] as const])),
    expected: new Map(plan.routes.map((r) => [r.place.ruleArn, r.start])),
    ours: new Map(plan.routes.map((r) => [r.place.ruleArn, [r.start]])),
    rows: [],
    greenWeight: plan.from,
  };
}
