/**
 * Tags are cutover's only state store: everything it creates carries them, so a later command on
 * another runner finds the estate from AWS alone (DESIGN.md, "State lives where it already is").
 */

export const TAG = {
  project: "cutover:project",
  service: "cutover:service",
  release: "cutover:release",
  colour: "cutover:colour",
  createdBy: "cutover:created-by",
  /** On a listener rule cutover made for header routing: which header values it matches (`green` | `blue`). */
  headerRule: "cutover:header-rule",
  /** On the side a promote took out of service: when (ISO 8601). The standby clock starts there. */
  promotedAt: "cutover:promoted-at",
  /** On the live side after a promote: the ARN of the standby it replaced, so rollback finds it even when detached. */
  standby: "cutover:standby",
  /**
   * On a header rule another tool made that cutover took over for a role: what it did before
   * (`fixed-response:404`, `forward:<target group ARN>`), so a rollback puts it back. Dropped at promote.
   */
  adoptedFrom: "cutover:adopted-from",
  /** On a rule cutover moved to make room for header rules (`headerRouting.makeRoom`): its priority before. */
  originalPriority: "cutover:original-priority",
  /** On a header rule placed in room cutover made: removed when the moved rules go back. */
  madeRoom: "cutover:made-room",
} as const;

/**
 * What promote and rollback write (src/traffic/promote-plan.ts, rollback-plan.ts), on target groups:
 *
 * - promote: the side that goes live gets `cutover:colour=blue` and `cutover:standby=<old side's ARN>`
 *   (written first, so a crash right after still reads right); then the old side gets
 *   `cutover:colour=standby` and `cutover:promoted-at=<ISO time>`. From then on the new live side
 *   reads as blue, and the standby is what a rollback within `traffic.standby` goes back to.
 * - retiring a standby (`promote --cleanup`, or a later promote once the standby time has passed):
 *   what cutover created is deleted; what other tooling owns (a pair's member, the configured
 *   original service's target group) is kept and tagged `cutover:colour=retired`, promoted-at removed.
 * - rollback: the side it goes back to reads `blue` again (promoted-at removed) when it was tagged
 *   otherwise; the side it leaves reads `green` (the standby pointer removed) when it was tagged otherwise.
 */
export const STANDBY = "standby";
export const RETIRED = "retired";

export type Colour = "blue" | "green";

/** The value cutover writes under `cutover:created-by`: what it created, it may delete. */
export const CREATED_BY_CUTOVER = "cutover";

export type Tags = Readonly<Record<string, string>>;

export interface CutoverTags {
  readonly project: string | undefined;
  readonly service: string | undefined;
  readonly release: string | undefined;
  /** Only `blue` and `green` are colours; any other value (a standby marker, a typo) reads as none. */
  readonly colour: Colour | undefined;
  readonly createdBy: string | undefined;
  /** The raw `cutover:colour` value, `standby` and `retired` included. */
  readonly colourTag?: string;
  readonly promotedAt?: string;
  /** The standby's ARN, on the live side after a promote. */
  readonly standbyArn?: string;
}

export function readCutoverTags(tags: Tags): CutoverTags {
  const colour = tags[TAG.colour];
  return {
    project: tags[TAG.project],
    service: tags[TAG.service],
    release: tags[TAG.release],
    colour: colour === "blue" || colour === "green" ? colour : undefined,
    createdBy: tags[TAG.createdBy],
    ...(colour === undefined ? {} : { colourTag: colour }),
    ...(tags[TAG.promotedAt] === undefined ? {} : { promotedAt: tags[TAG.promotedAt] }),
    ...(tags[TAG.standby] === undefined ? {} : { standbyArn: tags[TAG.standby] }),
  };
}

/** The tags cutover puts on what it creates or takes charge of. */
export function cutoverTags(values: { project: string; service: string; release: string; colour: Colour; createdBy?: string }): Tags {
  return {
    [TAG.project]: values.project,
    [TAG.service]: values.service,
    [TAG.release]: values.release,
    [TAG.colour]: values.colour,
    [TAG.createdBy]: values.createdBy ?? CREATED_BY_CUTOVER,
  };
}
