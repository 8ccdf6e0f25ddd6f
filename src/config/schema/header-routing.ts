import { z } from "zod";
import { rulePriority } from "./scalars.js";

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
  /** What green-header requests get once no green exists (after promote or rollback). */
  afterRelease: z.enum(["not-found", "live"]).default("not-found"),
  /** Rule priorities for the header rules; `auto` takes free ones just above the route's rule. */
  priorities: z.union([z.literal("auto"), z.strictObject({ green: rulePriority, blue: rulePriority })]).default("auto"),
});
