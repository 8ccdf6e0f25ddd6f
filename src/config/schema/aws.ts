import { z } from "zod";
import { httpUrl } from "./scalars.js";

export const awsSchema = z.strictObject({
  region: z.string().regex(/^[a-z]{2}(?:-[a-z]+)+-\d$/, "must be an AWS region such as eu-west-1"),
  /** For emulators and VPC endpoints; empty means the SDK's default. */
  endpoint: z.union([httpUrl, z.literal("")]).optional(),
  profile: z.string().min(1).optional(),
});
