import { z } from "zod";

/**
 * One release at a time per project. `dynamodb`: a conditional write to a table (key `lockId`,
 * string), atomic across runners. `tags`: the holder recorded in tags on the load balancers and
 * re-read before each change; best effort, not atomic.
 */
export const lockSchema = z.discriminatedUnion(
  "type",
  [
    z.strictObject({
      type: z.literal("dynamodb"),
      table: z.string().regex(/^[A-Za-z0-9_.-]{3,255}$/, "must be a DynamoDB table name (3-255 letters, digits, '_', '-', '.')"),
    }),
    z.strictObject({ type: z.literal("tags") }),
  ],
  { error: "type must be dynamodb or tags" },
);
