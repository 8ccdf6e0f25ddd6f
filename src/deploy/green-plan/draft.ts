import type { Service } from "../../config/schema/index.js";
import { cutoverTags, TAG, type Tags } from "../../traffic/tags.js";
import type { JsonObject } from "../deploy-facts.js";
import type { GreenStep, ReadyCheck, RoutePlan } from "./steps.js";

/** The plan under construction, and the small rules every kind of service plans by. */

export type EcsService = Extract<Service, { type: "ecs" }>;
export type AsgService = Extract<Service, { type: "asg" }>;
export type PairService = Extract<Service, { type: "target-group" }>;

/** Collects one service's part of the plan. */
export class Draft {
  readonly steps: GreenStep[] = [];
  readonly ready: ReadyCheck[] = [];
  readonly routes: RoutePlan[] = [];
  readonly reused: string[] = [];
  readonly refusals: string[] = [];
  readonly problems: string[] = [];
}

/** The tags of everything deploy-green creates for a service's green side. */
export function greenTags(project: string, service: string, release: string): Tags {
  return cutoverTags({ project, service, release, colour: "green" });
}

/** Made for this project's release by an earlier run: reused rather than created again. */
export function isThisRelease(tags: Tags, project: string, release: string): boolean {
  return tags[TAG.project] === project && tags[TAG.release] === release;
}

/** `event-management:7` from a task definition ARN. */
export function shortName(arn: string): string {
  return arn.split("/").pop() ?? arn;
}

/** Drops undefined fields, so bodies print and compare as the API would take them. */
export function compact(body: Record<string, unknown>): JsonObject {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
}
