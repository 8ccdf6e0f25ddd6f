import type { Stickiness, WeightedTargetGroup } from "./estate-facts.js";

/** The target groups and weights one forward action should list, and its stickiness. */
export interface ForwardBody {
  readonly targetGroups: readonly WeightedTargetGroup[];
  readonly stickiness: Stickiness | undefined;
}

/**
 * A forward action in the ELBv2 API's own JSON shape, as ModifyListener and ModifyRule take it:
 * always the weighted form, even for one target group, so a later weight change is a value change.
 * Plans print it; the load-balancing adapter sends it.
 */
export function forwardActionBody(forward: ForwardBody, order: number | undefined): Record<string, unknown> {
  const sticky = forward.stickiness;
  return {
    Type: "forward",
    ...(order === undefined ? {} : { Order: order }),
    ForwardConfig: {
      TargetGroups: forward.targetGroups.map((tg) => ({ TargetGroupArn: tg.arn, Weight: tg.weight })),
      ...(sticky
        ? {
            TargetGroupStickinessConfig: {
              Enabled: sticky.enabled,
              ...(sticky.durationSeconds === undefined ? {} : { DurationSeconds: sticky.durationSeconds }),
            },
          }
        : {}),
    },
  };
}

/** Same target groups with the same weights in the same order, and the same stickiness. */
export function sameForward(a: ForwardBody, b: ForwardBody): boolean {
  const tg = (f: ForwardBody) => f.targetGroups.map((t) => `${t.arn}=${t.weight}`).join(",");
  const sticky = (f: ForwardBody) => (f.stickiness?.enabled ? `on:${f.stickiness.durationSeconds ?? ""}` : "off");
  return tg(a) === tg(b) && sticky(a) === sticky(b);
}
