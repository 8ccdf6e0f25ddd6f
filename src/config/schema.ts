import { z } from "zod";
import { formatDuration, parseDuration } from "./duration.js";
import { MIN_SECRET_LENGTH } from "./limits.js";
import { passwordInUrl } from "./secrets.js";

/**
 * The `cutover.yml` schema. Every object is strict, so a misspelt key is an error rather than a
 * silently ignored setting. Every number and duration has an upper bound, named in its message.
 * Rules that span sections (a route naming an unknown service, a Kafka-fed index without a
 * `kafka` section) live in cross-references.ts.
 */

// ---------------------------------------------------------------- scalars

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * A duration in milliseconds, at most `max`: a bake or a timeout longer than that is a typo, and a
 * number like `99999999999999999999999d` would overflow every timer it reached.
 */
const duration = (max: number) =>
  // unknown rather than string | number, so `.inf` and `.nan` get this message, not "Invalid input"
  z.unknown().transform((value, ctx) => {
    const ms = typeof value === "string" || typeof value === "number" ? parseDuration(value) : undefined;
    if (ms === undefined) {
      ctx.addIssue({ code: "custom", message: `must be a duration such as 30s, 5m, 1h30m or 7d (got ${shownValue(value)})` });
      return z.NEVER;
    }
    if (ms > max) {
      ctx.addIssue({ code: "custom", message: `must be at most ${formatDuration(max)} (got '${clip(String(value))}')` });
      return z.NEVER;
    }
    return ms;
  });

/** Quoted values in messages stay short; control characters were refused before the schema. */
const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}...` : text);

/** A scalar quoted, anything else by its kind: a mapping may have no prototype to print itself with. */
function shownValue(value: unknown): string {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return `'${clip(String(value))}'`;
  if (value === null || value === undefined) return "nothing";
  return Array.isArray(value) ? "a list" : "a mapping";
}

/** A whole number with both bounds named in the message. */
const count = (min: number, max: number) =>
  z
    .number({ error: `must be a whole number ${min}..${max}` })
    .int(`must be a whole number ${min}..${max}`)
    .min(min, `must be ${min}..${max}`)
    .max(max, `must be at most ${max}`);

/** A list with at most `max` entries; `what` names them in the message. */
const list = <T extends z.ZodType>(item: T, max: number, what: string) => z.array(item).max(max, `at most ${max} ${what}`);

/**
 * A credential. Hosts mask every occurrence of a secret in the log, so a very short one would be
 * masked inside ordinary words and make the log unreadable; it is refused instead.
 */
const secret = (what: string) =>
  z
    .string({ error: `${what} must be a string` })
    .min(MIN_SECRET_LENGTH, `${what} must be at least ${MIN_SECRET_LENGTH} characters (a shorter secret would be masked all over the log)`)
    .max(4096, `${what} must be at most 4096 characters`);

const percent = (what: string) =>
  z
    .number({ error: `${what} must be a number 0..100` })
    .min(0, `${what} must be 0..100`)
    .max(100, `${what} must be 0..100`);

const weight = z
  .number({ error: "must be a whole number 1..100" })
  .int("must be a whole number 1..100")
  .min(1, "must be 1..100")
  .max(100, "must be 1..100");

const port = z.number({ error: "must be a port number" }).int().min(1, "must be 1..65535").max(65535, "must be 1..65535");

/** Used in generated AWS names (target groups allow 32 characters in all), so kept short and plain. */
const serviceName = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,22}[a-z0-9])?$/, "must be 1-24 lowercase letters, digits or '-', not starting or ending with '-'");

/** A name AWS knows the resource by (cluster, service, container, Auto Scaling group): 1-255 characters. */
const nonEmpty = (what: string) =>
  z
    .string({ error: `${what} must be a string` })
    .min(1, `${what} must not be empty`)
    .max(255, `${what} must be at most 255 characters`);

const ELB_ARN = /^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:/;
const listenerArn = z
  .string()
  .regex(
    new RegExp(`${ELB_ARN.source}listener/app/`),
    "must be an ALB listener ARN (arn:aws:elasticloadbalancing:REGION:ACCOUNT:listener/app/...)",
  );
const ruleArn = z
  .string()
  .regex(new RegExp(`${ELB_ARN.source}listener-rule/app/`), "must be an ALB listener rule ARN (...:listener-rule/app/...)");

/** A target group by ARN, or by name (AWS: up to 32 alphanumerics or '-', not at either end). */

/**
 * Documents per bulk request and requests in flight for a Kafka load. Measured with `npm run bench`
 * on a 2-core machine: three requests in flight keep the engine's write threads busy while the
 * loader decodes the next batch (two left it idle between requests); 1,000 documents per request
 * was as fast as 5,000 and holds less in memory.
 */
export const KAFKA_LOAD_DEFAULTS = { batchSize: 1000, concurrency: 3 } as const;
export const targetGroupRef = z.union(
  [z.string().regex(new RegExp(`${ELB_ARN.source}targetgroup/`)), z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?$/)],
  { error: "must be a target group ARN or name (1-32 letters, digits or '-')" },
);

const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });

// ---------------------------------------------------------------- AWS

const awsSchema = z.strictObject({
  region: z.string().regex(/^[a-z]{2}(?:-[a-z]+)+-\d$/, "must be an AWS region such as eu-west-1"),
  /** For emulators and VPC endpoints; empty means the SDK's default. */
  endpoint: z.union([httpUrl, z.literal("")]).optional(),
  profile: z.string().min(1).optional(),
});

// ---------------------------------------------------------------- services

const greenTargetGroupSchema = z.strictObject({
  /** Defaults to the blue target group's port, protocol and health check. */
  port: port.optional(),
  protocol: z.enum(["HTTP", "HTTPS"]).optional(),
  healthCheckPath: z.string().startsWith("/", "must start with '/'").max(1024, "must be at most 1024 characters").optional(),
  /** AWS allows 0-3600 seconds. */
  deregistrationDelay: duration(HOUR).optional(),
});

const readiness = {
  /** How long the green side may take to have every target healthy. */
  readyTimeout: duration(DAY).default(15 * 60_000),
};

const ecsServiceSchema = z.strictObject({
  type: z.literal("ecs"),
  name: serviceName,
  cluster: nonEmpty("cluster"),
  /** The live ECS service; green is created beside it as `<service>-<release>`. */
  service: nonEmpty("service"),
  containerName: nonEmpty("containerName"),
  containerPort: port,
  /** Image for the green task definition; `--image` overrides it. */
  image: z.string().min(1).max(1024, "must be at most 1024 characters").optional(),
  /** ECS runs at most 5000 tasks per service. */
  desiredCount: z.union([z.literal("match-blue"), count(0, 5000)]).default("match-blue"),
  targetGroup: greenTargetGroupSchema.optional(),
  ...readiness,
});

const asgServiceSchema = z.strictObject({
  type: z.literal("asg"),
  name: serviceName,
  /** The live Auto Scaling Group; green is created beside it as `<asg>-<release>`. */
  autoScalingGroup: nonEmpty("autoScalingGroup"),
  launchTemplate: z
    .strictObject({
      id: z.string().min(1).optional(),
      name: z.string().min(1).optional(),
      version: z.string().min(1).default("$Latest"),
    })
    .refine((t) => (t.id === undefined) !== (t.name === undefined), "give exactly one of id or name")
    .optional(),
  capacity: z
    .union([
      z.literal("match-blue"),
      z
        .strictObject({ min: count(0, 10_000), max: count(0, 10_000), desired: count(0, 10_000) })
        .refine((c) => c.min <= c.desired && c.desired <= c.max, "must satisfy min <= desired <= max"),
    ])
    .default("match-blue"),
  targetGroup: greenTargetGroupSchema.optional(),
  ...readiness,
});

const targetGroupServiceSchema = z.strictObject({
  type: z.literal("target-group"),
  name: serviceName,
  /**
   * Two target groups that other tooling (Ansible, Terraform, a fleet of its own) fills. Whichever
   * carries the traffic is blue; the other is green. They trade places on each release.
   */
  targetGroups: z.tuple([targetGroupRef, targetGroupRef], { error: "must list exactly two target groups" }),
  /** A target group holds at most 1000 targets. */
  minHealthyTargets: count(1, 1000).default(1),
  ...readiness,
});

export const serviceSchema = z.discriminatedUnion("type", [ecsServiceSchema, asgServiceSchema, targetGroupServiceSchema], {
  error: "type must be one of ecs, asg, target-group",
});

// ---------------------------------------------------------------- load balancers and routing

const listenerRef = z.union(
  [
    z.strictObject({ arn: listenerArn }),
    z.strictObject({ loadBalancer: z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?$/, "must be an ALB name"), port }),
  ],
  { error: "must be { arn: <listener ARN> } or { loadBalancer: <ALB name>, port: <listener port> }" },
);

const ruleRef = z.union(
  [
    z.literal("default"),
    z.strictObject({ priority: z.number().int().min(1, "must be 1..50000").max(50000, "must be 1..50000") }),
    z.strictObject({ arn: ruleArn }),
  ],
  { error: "must be 'default', { priority: N } or { arn: <rule ARN> }" },
);

const routeSchema = z.strictObject({
  service: serviceName,
  /** Which forward action carries this service: the listener's default action or one rule. */
  rule: ruleRef.default("default"),
  /** Add header rules for early users on this route (needs `headerRouting`). */
  headerRouting: z.boolean().default(true),
});

const loadBalancerSchema = z.strictObject({
  name: nonEmpty("name"),
  listener: listenerRef,
  /** An ALB listener has at most 100 rules. */
  routes: list(routeSchema, 100, "routes (an ALB listener has at most 100 rules)").min(1, "must list at least one route"),
});

/** ALB header conditions: names are HTTP tokens up to 40 characters; values up to 128. */
const headerValue = z.string().min(1).max(128, "ALB header values are at most 128 characters");
const headerRoutingSchema = z.strictObject({
  header: z
    .string()
    .regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,40}$/, "must be an HTTP header name of at most 40 characters")
    .default("x-client-mode"),
  green: z.array(headerValue).min(1).max(3, "an ALB header condition matches at most 3 values").default(["green"]),
  blue: z.array(headerValue).max(3, "an ALB header condition matches at most 3 values").default(["blue"]),
  /** What green-header requests get once no green exists (after promote or rollback). */
  afterRelease: z.enum(["not-found", "live"]).default("not-found"),
  /** Rule priorities for the header rules; `auto` takes free ones just above the route's rule. */
  priorities: z
    .union([z.literal("auto"), z.strictObject({ green: z.number().int().min(1).max(50000), blue: z.number().int().min(1).max(50000) })])
    .default("auto"),
});

// ---------------------------------------------------------------- traffic

const stepSchema = z.union([weight, z.strictObject({ weight, bake: duration(DAY).optional() })], {
  error: "must be a weight 1..100 or { weight: 1..100, bake: <duration> }",
});

const trafficSchema = z
  .strictObject({
    strategy: z
      .enum(["all-at-once", "canary", "linear"], { error: "strategy must be all-at-once, canary or linear" })
      .default("all-at-once"),
    /** canary: the green weights to pass through, in order. */
    steps: list(stepSchema, 100, "steps").min(1, "must list at least one step").optional(),
    /** linear: the weight added at each step. */
    increment: weight.optional(),
    /** Wait between steps, watching the alarms. */
    bakeTime: duration(DAY).default(0),
    /** CloudWatch alarm names; any in ALARM during a step rolls traffic back. */
    alarms: list(z.string().min(1).max(255, "CloudWatch alarm names are at most 255 characters"), 100, "alarms").default([]),
    stickiness: z
      .strictObject({
        enabled: z.boolean().default(true),
        // the ALB's own range for load-balancer-generated cookies
        duration: duration(7 * DAY)
          .refine((ms) => ms >= 1000, "must be 1s..7d")
          .default(3_600_000),
      })
      .optional(),
    /** After promote, blue stays ready for a rollback this long; then a promote --cleanup (or a later release's promote) retires it. */
    standby: duration(30 * DAY).default(DAY),
    /** After promote: blue stays listed in the forward action at weight 0, or is removed from it. */
    afterPromote: z.enum(["keep-blue-at-zero", "remove-blue"]).default("keep-blue-at-zero"),
  })
  .superRefine((traffic, ctx) => {
    if (traffic.strategy === "canary" && traffic.steps === undefined) {
      ctx.addIssue({ code: "custom", path: ["steps"], message: "canary needs steps, e.g. [10, 50, 100]" });
    }
    if (traffic.strategy !== "canary" && traffic.steps !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["steps"],
        message: `steps only apply to the canary strategy (strategy is ${traffic.strategy})`,
      });
    }
    if (traffic.strategy === "linear" && traffic.increment === undefined) {
      ctx.addIssue({ code: "custom", path: ["increment"], message: "linear needs an increment, e.g. 20" });
    }
    if (traffic.strategy !== "linear" && traffic.increment !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["increment"],
        message: `increment only applies to the linear strategy (strategy is ${traffic.strategy})`,
      });
    }
    let previous = 0;
    traffic.steps?.forEach((step, index) => {
      const w = typeof step === "number" ? step : step.weight;
      if (w <= previous)
        ctx.addIssue({ code: "custom", path: ["steps", index], message: `must be greater than the step before it (${previous})` });
      previous = Math.max(previous, w);
    });
  });

// ---------------------------------------------------------------- database

const databaseSchema = z.strictObject({
  /**
   * Connection string; a secret, masked in every log. Optional here because only the migrate-db
   * job receives it; sections.ts makes it required for the commands that use the database.
   */
  url: z
    .string()
    .max(4096, "must be at most 4096 characters")
    .regex(/^(postgres(ql)?|mysql):\/\//, "must be a postgresql:// or mysql:// connection string")
    .refine(
      (url) => (passwordInUrl(url)?.length ?? MIN_SECRET_LENGTH) >= MIN_SECRET_LENGTH,
      `its password must be at least ${MIN_SECRET_LENGTH} characters (a shorter secret would be masked all over the log)`,
    )
    .optional(),
  schema: z.string().min(1).default("prisma/schema.prisma"),
  prisma: z
    .strictObject({
      /** The Prisma CLI as an argument list (never a shell string). */
      command: list(z.string().min(1).max(1024), 32, "arguments").min(1).default(["npx", "prisma"]),
      config: z.string().min(1).optional(),
    })
    .default({ command: ["npx", "prisma"] }),
  safety: z
    .strictObject({
      /** enforce: unsafe migrations are refused (exit 3); warn: reported only; off: not checked. */
      mode: z.enum(["enforce", "warn", "off"]).default("enforce"),
      /** Rule ids or `migration/rule` pairs accepted on purpose. */
      allow: list(z.string().min(1).max(255), 1000, "entries").default([]),
    })
    .default({ mode: "enforce", allow: [] }),
  timeout: duration(DAY).default(15 * 60_000),
  /**
   * PostgreSQL session limits for the migration: a statement waiting this long for a lock fails
   * instead of queueing every query of the live release behind it. 0 leaves the server's setting.
   */
  lockTimeout: duration(HOUR).default(10_000),
  statementTimeout: duration(DAY).default(0),
});

// ---------------------------------------------------------------- Kafka

const kafkaSchema = z.strictObject({
  /**
   * A list, or one comma-separated string as CI secrets hold it (`brokers: ${KAFKA_BROKERS}`).
   * Optional here, required for the commands that read Kafka (see sections.ts).
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
  ssl: z.boolean().default(false),
  sasl: z
    .strictObject({
      mechanism: z.enum(["plain", "scram-sha-256", "scram-sha-512"]),
      username: z.string().min(1).max(255),
      password: secret("password"),
    })
    .optional(),
});

// ---------------------------------------------------------------- search

const indexName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]*$/, "must be a lowercase index name (letters, digits, '.', '_', '-')")
  .max(200, "leave room for the timestamp suffix: at most 200 characters");

const indexSourceSchema = z.discriminatedUnion(
  "type",
  [
    z.strictObject({
      type: z.literal("index"),
      /** Defaults to the index the read alias points at. */
      index: indexName.optional(),
      query: z.record(z.string(), z.unknown()).optional(),
      script: z
        .strictObject({
          source: z.string().min(1),
          lang: z.string().default("painless"),
          params: z.record(z.string(), z.unknown()).optional(),
        })
        .optional(),
      slices: z.union([z.literal("auto"), count(1, 64)]).default("auto"),
    }),
    z.strictObject({
      type: z.literal("kafka"),
      /** Topic holding a full copy of the data, read from the beginning. */
      fullTopic: z.string().min(1),
      /** Topic of live changes, replayed from where the full load began until caught up. */
      incrementalTopic: z.string().min(1),
      idField: z.string().min(1).default("id"),
      /**
       * The document's version in the source (a number, or a date such as updated_at), written with
       * external versioning: a stale full-dump record never overwrites a newer incremental update.
       */
      versionField: z.string().min(1, "must name the field that holds each document's version"),
      /** A field whose true value means the document was deleted (a null value, a tombstone, is one too). */
      deleteField: z.string().min(1).optional(),
      batchSize: count(1, 10_000).default(KAFKA_LOAD_DEFAULTS.batchSize),
      /** Bulk requests in flight at once while loading. */
      concurrency: count(1, 16).default(KAFKA_LOAD_DEFAULTS.concurrency),
      /**
       * Where catch-up starts in the incremental topic: the offsets at the time the full load began,
       * less `rewind` (default), the offsets at a given time, or explicit offsets per partition.
       */
      catchUp: z
        .strictObject({
          from: z
            .union([
              z.literal("load-start"),
              z.strictObject({ timestamp: z.iso.datetime({ offset: true, error: "must be an ISO 8601 time" }) }),
              z.strictObject({
                offsets: z.record(z.string().regex(/^\d{1,5}$/, "partition numbers"), z.string().regex(/^\d{1,19}$/, "must be an offset")),
              }),
            ])
            .default("load-start"),
          rewind: duration(DAY).default(5 * 60_000),
          /** Catch-up repeats until fewer records than this are left behind. */
          maxLag: count(0, 10_000_000).default(1000),
          maxRounds: count(1, 100).default(10),
        })
        .default({ from: "load-start", rewind: 5 * 60_000, maxLag: 1000, maxRounds: 10 }),
      /**
       * The application's incremental indexer's consumer group: switch-write waits until green has
       * applied everything that group has committed, so nothing written in between is lost.
       */
      consumerGroup: z.string().min(1).max(255).optional(),
    }),
  ],
  { error: "type must be index or kafka" },
);

const searchIndexSchema = z
  .strictObject({
    /** Base name; each build is `<name>_<UTC timestamp>`. */
    name: indexName,
    aliases: z.strictObject({ read: indexName.optional(), write: indexName.optional() }).default({}),
    mappings: z.string().min(1).optional(),
    settings: z.union([z.string().min(1), z.record(z.string(), z.unknown())]).optional(),
    /** Settings applied once loaded (replicas, refresh interval), as the live index had them. */
    liveSettings: z.record(z.string(), z.unknown()).optional(),
    source: indexSourceSchema,
    /** Share of searches the read alias sends to the new index after switch-read. */
    readWeight: percent("readWeight").default(100),
    /** manual: write alias moves only on `--phase switch-write`; auto: once validation passes. */
    writeSwitch: z.enum(["manual", "auto"]).default("manual"),
    validation: z
      .strictObject({
        /** Largest allowed difference in document count between old and new, in percent. */
        maxCountDifference: percent("maxCountDifference").default(0),
        sampleQueries: list(z.record(z.string(), z.unknown()), 100, "sample queries").default([]),
        /** Top-k compared per sample query, and the share of blue's top-k that green must return. */
        topK: count(1, 100).default(10),
        minOverlap: percent("minOverlap").default(80),
        /** Green's p95 search latency may be at most this multiple of blue's. */
        maxLatencyRatio: z.number().min(1, "maxLatencyRatio must be at least 1").max(100, "maxLatencyRatio must be at most 100").default(2),
        /** Searches per sample query per side, for the latency figures. */
        latencySamples: count(1, 1000).default(20),
        maxErrors: count(0, 1_000_000).default(0),
      })
      .default({
        maxCountDifference: 0,
        sampleQueries: [],
        topK: 10,
        minOverlap: 80,
        maxLatencyRatio: 2,
        latencySamples: 20,
        maxErrors: 0,
      }),
    /** The old index is deleted this long after the write alias leaves it. */
    retention: duration(365 * DAY).default(7 * DAY),
  })
  .transform((index) => ({
    ...index,
    // seed 000's convention: searches read `read_<name>`, the incremental feed writes `write_<name>`
    aliases: { read: index.aliases.read ?? `read_${index.name}`, write: index.aliases.write ?? `write_${index.name}` },
  }));

const searchSchema = z.strictObject({
  engine: z.enum(["elasticsearch", "opensearch"], { error: "engine must be elasticsearch or opensearch" }),
  /** Optional here, required for the commands that use the search engine (see sections.ts). */
  url: httpUrl.optional(),
  auth: z
    .union(
      [
        z.strictObject({ username: z.string().min(1).max(255), password: secret("password") }),
        z.strictObject({ apiKey: secret("apiKey") }),
      ],
      { error: "must be { username, password } or { apiKey }" },
    )
    .optional(),
  indices: list(searchIndexSchema, 50, "indices")
    .min(1, "must list at least one index")
    .superRefine((indices, ctx) => {
      const seen = new Set<string>();
      indices.forEach((index, i) => {
        if (seen.has(index.name)) ctx.addIssue({ code: "custom", path: [i, "name"], message: `'${index.name}' is listed twice` });
        seen.add(index.name);
      });
    }),
});

// ---------------------------------------------------------------- lock

/**
 * One release at a time per project. `dynamodb`: a conditional write to a table (key `lockId`,
 * string), atomic across runners. `tags`: the holder recorded in tags on the load balancers and
 * re-read before each change; best effort, not atomic.
 */
const lockSchema = z.discriminatedUnion(
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

// ---------------------------------------------------------------- verify

const httpStatus = count(100, 599);
const headerName = z.string().regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}$/, "must be an HTTP header name");

const verifyCheckSchema = z
  .strictObject({
    name: z.string().min(1).max(100),
    path: z.string().startsWith("/", "must start with '/'").max(2048),
    /** Only the load balancers that route this service; without service or loadBalancer: all. */
    service: serviceName.optional(),
    loadBalancer: z.string().min(1).max(255).optional(),
    method: z.enum(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]).default("GET"),
    headers: z.record(headerName, z.string().max(1024)).default({}),
    body: z
      .string()
      .max(64 * 1024)
      .optional(),
    /** Where to send it instead of the load balancer: an internal ALB through a proxy, a test server. */
    baseUrl: httpUrl.optional(),
    expect: z
      .strictObject({
        status: z.union([httpStatus, list(httpStatus, 20, "statuses").min(1)]).default(200),
        bodyContains: z.string().min(1).max(1024).optional(),
        json: z
          .strictObject({
            path: z
              .string()
              .regex(/^[A-Za-z0-9_$-]+(?:\.[A-Za-z0-9_$-]+|\[\d+\])*$/, "must be a field path such as status or checks[0].state"),
            equals: z.union([z.string().max(1024), z.number(), z.boolean(), z.null()]),
          })
          .optional(),
      })
      .default({ status: 200 }),
    timeout: duration(60_000).optional(),
    retries: count(0, 20).optional(),
  })
  .refine((check) => check.service === undefined || check.loadBalancer === undefined, "give service or loadBalancer, not both");

const verifySchema = z.strictObject({
  /** Default base URL of every check; without one, http(s)://<the ALB's DNS name>:<listener port>. */
  baseUrl: httpUrl.optional(),
  timeout: duration(60_000).default(5000),
  retries: count(0, 20).default(2),
  checks: list(verifyCheckSchema, 100, "checks").min(1, "must list at least one check"),
});

// ---------------------------------------------------------------- the file

const servicesSchema = list(serviceSchema, 100, "services").superRefine((services, ctx) => {
  const first = new Map<string, number>();
  services.forEach((service, index) => {
    const earlier = first.get(service.name);
    if (earlier !== undefined) {
      ctx.addIssue({ code: "custom", path: [index, "name"], message: `'${service.name}' is already used by services[${earlier}]` });
    } else first.set(service.name, index);
  });
});

/**
 * The whole file, one key per section. Rules that span sections (a route naming a service, a
 * Kafka-fed index needing the kafka section) are in cross-references.ts, which knows when a
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
  lock: lockSchema.default({ type: "tags" }),
});

export type Config = z.output<typeof configSchema>;
export type Service = Config["services"][number];
export type LoadBalancer = Config["loadBalancers"][number];
export type Route = LoadBalancer["routes"][number];
export type TrafficConfig = Config["traffic"];
export type SearchIndexConfig = NonNullable<Config["search"]>["indices"][number];
export type VerifyConfig = NonNullable<Config["verify"]>;
export type LockConfig = Config["lock"];
export type DatabaseConfig = NonNullable<Config["database"]>;
