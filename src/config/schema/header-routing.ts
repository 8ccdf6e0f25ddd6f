import { z } from "zod";
import { envBoolean, rulePriority } from "./scalars.js";

/** The `headerRouting` section: the header that sends early users to green or blue, and where its rules go. */

/** ALB header conditions: names are HTTP tokens up to 40 characters; values up to 128. */
const headerValue = z.string().min(1).max(128, "ALB header values are at most 128 characters");
export const headerRoutingSchema = z.strictObject({
  header: z
    .string()
    .regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,40}$/, "must be an HTTP header name of at most 40 characters")
    .default("x-client-mode"),
  green: z.array(headerValue).min(1).max(3, "an ALB header condition matches at most 3 values").default(["green"]),
  blue: z.array(headerValue).max(3, "an ALB header condition matches at most 3 values").default(["blue"]),
  /** What green-header requests get after promote and after rollback: a fixed 404, or the live side. */
  afterRelease: z.enum(["not-found", "live"]).default("not-found"),
  /**
   * After a rollback: `after-release` (the default) follows afterRelease; `keep-green` keeps sending
   * green-header requests to the rolled-back green while it exists, for debugging it.
   */
  afterRollback: z.enum(["after-release", "keep-green"]).default("after-release"),
  /** Rule priorities for the header rules; `auto` takes free ones before the route's rule. */
  priorities: z.union([z.literal("auto"), z.strictObject({ green: rulePriority, blue: rulePriority })]).default("auto"),
  /**
   * Where no free priority fits, move the route's rule and the rules right after it up to open a
   * gap (one SetRulePriorities call, order kept), recording their priorities; promote and rollback
   * put them back and remove the header rules placed there.
   */
  makeRoom: envBoolean().default(false),
});
