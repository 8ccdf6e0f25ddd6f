import { z } from "zod";
import { envBoolean, httpUrl } from "./scalars.js";

/**
 * The `deployments` section: how a release shows on GitHub's Environments page (docs/deployments.md).
 * Without the section nothing is recorded. `${VAR}` works in every value, so one file can serve
 * staging and production (`environment: ${CUTOVER_ENVIRONMENT}`).
 */
export const deploymentsSchema = z.strictObject({
  /** false keeps the section but records nothing (a fork, a dry rehearsal). */
  enabled: envBoolean().default(true),
  /** The GitHub environment the release is recorded in: the one the workflow's jobs name. */
  environment: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,254}$/, "must be a GitHub environment name: letters, digits, ' ', '.', '_' or '-' (at most 255)"),
  /** Where the live release answers; shown as the environment's link. */
  url: httpUrl.optional(),
});

export type DeploymentsConfig = z.output<typeof deploymentsSchema>;
