import type { Config } from "../../config/schema/index.js";
import type { Stickiness } from "../../traffic/estate-facts.js";
import type { RouteState } from "../../traffic/estate.js";
import type { Tags } from "../../traffic/tags.js";
import type { DeployFacts, JsonObject } from "../deploy-facts.js";

/** deploy-green's plan as data: what it takes, the steps it holds, what it waits for, what it reports. */

export interface GreenPlanInput {
  readonly config: Config;
  readonly release: string;
  /** `--image`; wins over the config's `image`. */
  readonly image: string | undefined;
  /** The routes of the selected services, modelled. */
  readonly routes: readonly RouteState[];
  readonly facts: DeployFacts;
  /** Replace a green of another release that carries no traffic (`--replace-green`). */
  readonly replaceGreen: boolean;
}

/** Where a route's forward action lives (the same shape the load-balancing adapter takes). */
export interface Place {
  readonly listenerArn: string;
  readonly ruleArn: string;
  readonly isDefault: boolean;
  readonly label: string;
}

export type GreenStep =
  | {
      readonly kind: "register-task-definition";
      readonly service: string;
      readonly family: string;
      /** The placeholder later bodies use for the new revision's ARN. */
      readonly placeholder: string;
      readonly definition: JsonObject;
      readonly tags: Tags;
      /** Against blue's task definition, one line per change. */
      readonly diff: readonly string[];
    }
  | {
      readonly kind: "create-target-group";
      readonly service: string;
      readonly loadBalancer: string;
      readonly name: string;
      readonly placeholder: string;
      readonly body: JsonObject;
      readonly tags: Tags;
    }
  | {
      readonly kind: "set-forward";
      readonly service: string;
      readonly route: string;
      readonly place: Place;
      readonly targetGroups: readonly { readonly arn: string; readonly weight: number }[];
      readonly stickiness: Stickiness | undefined;
      /** Every action's type in order (`authenticate-oidc`, `forward`): the others are written back as they are. */
      readonly actionTypes: readonly string[];
      /** Why: `attach green at 0`, `attach green at 0, drop the stale green X`. */
      readonly why: string;
    }
  | { readonly kind: "create-ecs-service"; readonly service: string; readonly name: string; readonly body: JsonObject }
  | { readonly kind: "create-asg"; readonly service: string; readonly name: string; readonly body: JsonObject }
  | { readonly kind: "delete-ecs-service"; readonly service: string; readonly cluster: string; readonly name: string }
  | { readonly kind: "delete-asg"; readonly service: string; readonly name: string }
  | { readonly kind: "delete-target-group"; readonly service: string; readonly arn: string; readonly name: string }
  | {
      /** A pair's members, owned by other tooling: only tagged, so every later command reads the sides the same way. */
      readonly kind: "tag-target-group";
      readonly service: string;
      readonly arn: string;
      readonly name: string;
      readonly tags: Tags;
      /** Tag keys to take off (a standby marker left by an older promote). */
      readonly remove: readonly string[];
    };

/** What "green is ready" means for one service; polled by wait-ready.ts. */
export type ReadyCheck =
  | {
      readonly kind: "ecs";
      readonly service: string;
      readonly cluster: string;
      readonly name: string;
      readonly taskDefinition: string;
      readonly targetGroups: readonly string[];
      readonly desired: number;
      readonly timeoutMs: number;
      readonly allowanceMs: number;
    }
  | {
      readonly kind: "asg";
      readonly service: string;
      readonly name: string;
      readonly targetGroups: readonly string[];
      readonly desired: number;
      readonly timeoutMs: number;
      readonly allowanceMs: number;
    }
  | {
      readonly kind: "pair";
      readonly service: string;
      readonly targetGroup: string;
      readonly minHealthy: number;
      readonly timeoutMs: number;
    };

/** One row of the report per route. */
export interface RoutePlan {
  readonly route: string;
  readonly ruleArn: string;
  readonly service: string;
  readonly blue: string;
  readonly green: string;
  /** The green target group's ARN or placeholder. */
  readonly greenArn: string;
  /** `create`, `attach` or `in place`. */
  readonly action: string;
}

export interface GreenPlan {
  readonly release: string;
  readonly steps: readonly GreenStep[];
  readonly ready: readonly ReadyCheck[];
  readonly routes: readonly RoutePlan[];
  /** What was found from an earlier run and is kept. */
  readonly reused: readonly string[];
  /** Preconditions that do not hold: exit 3, nothing changed. */
  readonly refusals: readonly string[];
  /** Bad input (no image): exit 2. */
  readonly problems: readonly string[];
}
