/**
 * What `cutover flink --phase` takes, in the order a release runs them (docs/flink.md). Kept apart
 * from the phases themselves so the command table lists them without loading any of it.
 */
export const FLINK_PHASES = ["plan", "deploy", "switch", "rollback", "cleanup"] as const;
export type FlinkPhase = (typeof FLINK_PHASES)[number];
