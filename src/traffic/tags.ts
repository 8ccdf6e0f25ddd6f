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
} as const;

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
}

export function readCutoverTags(tags: Tags): CutoverTags {
  const colour = tags[TAG.colour];
  return {
    project: tags[TAG.project],
    service: tags[TAG.service],
    release: tags[TAG.release],
    colour: colour === "blue" || colour === "green" ? colour : undefined,
    createdBy: tags[TAG.createdBy],
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
