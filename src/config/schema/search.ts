import { z } from "zod";
import { count, DAY, duration, envNumber, httpUrl, list, percent, secret } from "./scalars.js";

/** The `search` section: the engine and each index that es-reindex rebuilds, loads, validates and switches. */

/**
 * Documents per bulk request and requests in flight for a Kafka load. Measured with `npm run bench`
 * on a 2-core machine: three requests in flight keep the engine's write threads busy while the
 * loader decodes the next batch (two left it idle between requests); 1,000 documents per request
 * was as fast as 5,000 and holds less in memory.
 */
export const KAFKA_LOAD_DEFAULTS = { batchSize: 1000, concurrency: 3 } as const;

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
        maxLatencyRatio: envNumber(
          // eslint-disable-next-line no-restricted-syntax -- the number inside envNumber
          z
            .number({ error: "maxLatencyRatio must be a number 1..100" })
            .min(1, "maxLatencyRatio must be at least 1")
            .max(100, "maxLatencyRatio must be at most 100"),
        ).default(2),
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

export const searchSchema = z.strictObject({
  engine: z.enum(["elasticsearch", "opensearch"], { error: "engine must be elasticsearch or opensearch" }),
  /** Optional here, required for the commands that use the search engine (see ../sections.ts). */
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
