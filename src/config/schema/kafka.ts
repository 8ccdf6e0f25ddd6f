import { z } from "zod";
import { envBoolean, list, secret } from "./scalars.js";

/** The `kafka` section: the brokers and credentials a Kafka-fed index is loaded from. */

export const kafkaSchema = z.strictObject({
  /**
   * A list, or one comma-separated string as CI secrets hold it (`brokers: ${KAFKA_BROKERS}`).
   * Optional here, required for the commands that read Kafka (see ../sections.ts).
   */
  brokers: z
    .preprocess(
      (value) => (typeof value === "string" ? value.split(",").map((b) => b.trim()) : value),
      list(
        z
          .string()
          .max(255)
          .regex(/^[^\s:,]+:\d{1,5}$/, "must be host:port"),
        100,
        "brokers",
      ).min(1, "must list at least one broker"),
    )
    .optional(),
  clientId: z.string().min(1).default("cutover"),
  ssl: envBoolean().default(false),
  sasl: z
    .strictObject({
      mechanism: z.enum(["plain", "scram-sha-256", "scram-sha-512"]),
      username: z.string().min(1).max(255),
      password: secret("password"),
    })
    .optional(),
});
