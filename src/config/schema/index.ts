import { z } from "zod";
import { awsSchema } from "./aws.js";
import { databaseSchema } from "./database.js";
import { deploymentsSchema } from "./deployments.js";
import { flinkSchema } from "./flink.js";
import { headerRoutingSchema } from "./header-routing.js";
import { kafkaSchema } from "./kafka.js";
import { loadBalancerSchema } from "./load-balancers.js";
import { lockSchema } from "./lock.js";
import { DAY, list } from "./scalars.js";
import { searchSchema } from "./search.js";
import { servicesSchema } from "./services.js";
import { trafficSchema } from "./traffic.js";
import { verifySchema } from "./verify.js";

/**
 * The `cutover.yml` schema. Every object is strict, so a misspelt key is an error rather than a
 * silently ignored setting. Every number and duration has an upper bound, named in its message.
 * Rules that span sections (a route naming an unknown service, a Kafka-fed index without a
 * `kafka` section) live in ../cross-references.ts.
 */

export { targetGroupRef } from "./elb-names.js";
export { KAFKA_LOAD_DEFAULTS } from "./search.js";
export { serviceSchema } from "./services.js";

/**
 * The whole file, one key per section. Rules that span sections (a route naming a service, a
 * Kafka-fed index needing the kafka section) are in ../cross-references.ts, which knows when a
 * section was left out for the command at hand.
 */
export const configSchema = z.strictObject({
  version: z.literal(1, { error: "version must be 1" }),
  /** Used in tags and generated names. */
  project: z.string().regex(/^[a-z0-9][a-z0-9-]{0,30}$/, "must be lowercase letters, digits or '-' (at most 31)"),
  aws: awsSchema.optional(),
  database: databaseSchema.optional(),
  services: servicesSchema.default([]),
  loadBalancers: list(loadBalancerSchema, 20, "load balancers").default([]),
  headerRouting: headerRoutingSchema.optional(),
  traffic: trafficSchema.default({ strategy: "all-at-once", bakeTime: 0, alarms: [], standby: DAY, afterPromote: "keep-blue-at-zero" }),
  kafka: kafkaSchema.optional(),
  search: searchSchema.optional(),
  verify: verifySchema.optional(),
  flink: flinkSchema.optional(),
  lock: lockSchema.default({ type: "tags" }),
  deployments: deploymentsSchema.optional(),
});

export type Config = z.output<typeof configSchema>;
export type Service = Config["services"][number];
export type LoadBalancer = Config["loadBalancers"][number];
export type Route = LoadBalancer["routes"][number];
export type TrafficConfig = Config["traffic"];
export type SearchIndexConfig = NonNullable<Config["search"]>["indices"][number];
export type VerifyConfig = NonNullable<Config["verify"]>;
export type DatabaseConfig = NonNullable<Config["database"]>;
export type { FlinkConfig } from "./flink.js";
