/**
 * The search side of the demo: seed 000 (an Elasticsearch index fed from Kafka, read and write
 * aliases, a weighted read switch, the write switch after validation) and seed 003 (an OpenSearch
 * index rebuilt from itself with a mapping change and a painless script), each as
 * `node dist/cutover.js es-reindex --phase all` on a copy of the example config.
 *
 * Each run starts from a clean slate: the examples' indices, aliases and cutover's state documents
 * are deleted first, and seed 000's topics are new topics filled here. What the demo does itself
 * between the stages (the blue index, the application's writes) is a line of the story too.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { parseDocument } from "yaml";
import { stateIds } from "../../src/reindex/build-names.js";
import { createSearchEngine } from "../../src/search/create-engine.js";
import type { SearchEngine } from "../../src/search/engine.js";
import { kafkaFixture, type FixtureMessage } from "../../test/support/kafka-fixtures.js";
import type { DemoRun } from "./stages.js";

const DOCS = 5000;

export async function searchDemo(
  run: DemoRun,
  env: Record<string, string | undefined>,
  stack: { esUrl: string; osUrl: string; brokers: string[] },
): Promise<string[]> {
  // named after the index its config builds: "es-reindex spent-detail --phase all"
  const stage = (config: string, extra: Record<string, string>, ...args: string[]) =>
    run.stage(`es-reindex ${basename(config, ".yml")} ${args.join(" ")}`, ["es-reindex", "--config", config, ...args], {
      ...env,
      ...extra,
    });
  mkdirSync(".stack/demo", { recursive: true });
  cpSync("examples/mappings", ".stack/demo/mappings", { recursive: true });
  const kafka = kafkaFixture(stack.brokers, "cutover-demo");
  const es = createSearchEngine({ engine: "elasticsearch", url: stack.esUrl });
  const os = createSearchEngine({ engine: "opensearch", url: stack.osUrl });
  try {
    // ---------------------------------------------------------------- seed 000
    await clean(es, "spent-detail", "spent_detail_dev", ["read_spent_detail_dev", "write_spent_detail_dev"]);
    const full = await kafka.createTopic({ partitions: 3, prefix: "full_spent_detail_dev" });
    const incremental = await kafka.createTopic({ partitions: 3, prefix: "spent_detail_dev" });
    const base = Date.parse("2026-11-01T00:00:00Z");
    const doc = (i: number, version: number, extra: Record<string, unknown> = {}) => ({
      id: `s${i}`,
      user_id: `u${i % 97}`,
      amount: (i % 500) + 0.25,
      currency: "KRW",
      category: ["food", "travel", "books"][i % 3],
      spent_at: new Date(base + i * 1000).toISOString(),
      updated_at: new Date(version).toISOString(),
      ...extra,
    });
    // blue: the index the application reads and writes today, behind the read_/write_ pair
    const blue = "spent_detail_dev_20261101000000";
    const mappings = JSON.parse(readFileSync("examples/mappings/spent-detail.json", "utf8")) as Record<string, unknown>;
    await es.createIndex(blue, { mappings, settings: { number_of_replicas: 0 } });
    // the full dump, and the live changes since: 200 updates and 50 deletes, which the
    // application's indexer (consumer group spent-detail-incremental) has already applied to blue
    const dump: FixtureMessage[] = Array.from({ length: DOCS }, (_, i) => ({ partition: i % 3, key: `s${i}`, value: doc(i, base) }));
    await kafka.produce(full, dump);
    const changes: FixtureMessage[] = [];
    for (let i = 0; i < 200; i++)
      changes.push({ partition: i % 3, key: `s${i * 7}`, value: doc(i * 7, base + 60_000, { memo: "updated" }) });
    for (let i = 0; i < 50; i++)
      changes.push({ partition: i % 3, key: `s${i * 11 + 1}`, value: doc(i * 11 + 1, base + 120_000, { deleted: true }) });
    await kafka.produce(incremental, changes);
    // blue as the application's indexer left it: the dump with every change applied
    const current = new Map<string, { version: number; source?: Record<string, unknown> }>();
    for (const m of [...dump, ...changes]) {
      const value = m.value as Record<string, unknown>;
      current.set(String(value.id), { version: Date.parse(String(value.updated_at)), ...(value.deleted ? {} : { source: value }) });
    }
    const live = [...current].filter(([, v]) => v.source).map(([id, v]) => ({ id, version: v.version, source: v.source }));
    await es.bulk(blue, live, { versionType: "external_gte", refresh: true });
    await es.updateAliases([
      { add: { index: blue, alias: "read_spent_detail_dev" } },
      { add: { index: blue, alias: "write_spent_detail_dev", isWriteIndex: true } },
    ]);
    const admin = await kafka.admin();
    const ends = await admin.fetchTopicOffsets(incremental);
    await kafka.commitOffsets(
      "spent-detail-incremental",
      incremental,
      ends.map((p) => ({ partition: p.partition, offset: p.offset })),
    );

    const spent = writeConfig("examples/spent-detail-kafka.yml", ".stack/demo/spent-detail.yml", (doc) => {
      doc.setIn(["search", "indices", 0, "source", "fullTopic"], full);
      doc.setIn(["search", "indices", 0, "source", "incrementalTopic"], incremental);
      doc.setIn(["search", "indices", 0, "source", "batchSize"], 1000);
      // from the start of the incremental topic: its records all predate this load
      doc.setIn(["search", "indices", 0, "source", "catchUp"], { from: { timestamp: "2026-01-01T00:00:00Z" } });
    });
    run.say(
      `  · a Kafka-fed index on Elasticsearch: blue ${blue} behind read_/write_ aliases, current with Kafka's ${DOCS} records and 250 changes`,
    );
    const esEnv = { SEARCH_URL: stack.esUrl, KAFKA_BROKERS: stack.brokers.join(",") };
    await stage(spent, esEnv, "--phase", "plan");
    await stage(spent, esEnv, "--phase", "all");
    // after the write switch the application's indexer writes to green only: 120 more changes,
    // applied through the write alias and committed, with no follow keeping blue current
    const later: FixtureMessage[] = [];
    for (let i = 0; i < 120; i++)
      later.push({
        partition: i % 3,
        key: `s${i * 13}`,
        value: doc(i * 13, base + 180_000, i % 6 === 0 ? { deleted: true } : { memo: "after the switch" }),
      });
    await kafka.produce(incremental, later);
    await es.bulk(
      "write_spent_detail_dev",
      later.map((m) => {
        const value = m.value as Record<string, unknown>;
        const version = Date.parse(String(value.updated_at));
        return value.deleted ? { id: String(value.id), version } : { id: String(value.id), version, source: value };
      }),
      { versionType: "external_gte", refresh: true },
    );
    run.say(`  · the application wrote ${later.length} more changes through write_spent_detail_dev: to green only, blue lacks them`);
    const after = await admin.fetchTopicOffsets(incremental);
    await kafka.commitOffsets(
      "spent-detail-incremental",
      incremental,
      after.map((p) => ({ partition: p.partition, offset: p.offset })),
    );
    // the rollback brings blue up to date from the topic before both aliases move back
    await stage(spent, esEnv, "--phase", "rollback");
    await stage(spent, esEnv, "--phase", "plan");

    // ---------------------------------------------------------------- seed 003
    await clean(os, "classes", "classes", ["classes"]);
    // the live index as it was: credits held as text, no keyword sub-field on title
    await os.createIndex("classes", {
      mappings: {
        properties: { code: { type: "keyword" }, title: { type: "text" }, credits: { type: "keyword" }, term: { type: "keyword" } },
      },
      settings: { number_of_replicas: 0 },
    });
    const titles = ["Compilers", "Databases", "Networks", "Operating Systems", "Algorithms", "Statistics"];
    await os.bulk(
      "classes",
      Array.from({ length: 120 }, (_, i) => ({
        id: `c${i}`,
        source: { code: `CS${100 + i}`, title: titles[i % titles.length], credits: ` ${1 + (i % 4)} `, term: i % 2 ? "fall" : "spring" },
      })),
      { versionType: "internal", refresh: true },
    );
    run.say("  · an index rebuilt from itself on OpenSearch: a bare index 'classes' of 120 classes, credits held as text");
    // 120 documents answer in a few milliseconds, where a busy shared machine doubles p95 at random;
    // the latency check is for real indices, so the demo gives it room.
    const classes = writeConfig("examples/classes-reindex.yml", ".stack/demo/classes.yml", (doc) => {
      doc.setIn(["search", "indices", 0, "validation", "maxLatencyRatio"], 10);
    });
    const osEnv = { SEARCH_URL: stack.osUrl, SEARCH_ENGINE: "opensearch" };
    await stage(classes, osEnv, "--phase", "all");
    const credits = await os.search("classes", { query: { range: { credits: { gte: 4 } } } }, 0);
    return [
      `Kafka-fed index: ${DOCS} documents rebuilt from Kafka behind read_/write_spent_detail_dev`,
      `index rebuilt with a script: 'classes' rebuilt with integer credits (${credits.total} classes of 4 credits found by a range query)`,
    ];
  } finally {
    await kafka.close();
    await es.close();
    await os.close();
  }
}

/** The example config with the demo's changes, written beside a copy of its mappings. */
function writeConfig(example: string, target: string, change: (doc: ReturnType<typeof parseDocument>) => void): string {
  const doc = parseDocument(readFileSync(example, "utf8"));
  change(doc);
  writeFileSync(target, doc.toString());
  return target;
}

/** Deletes the example's indices, aliases and cutover's state for it, so each demo starts clean. */
async function clean(engine: SearchEngine, project: string, name: string, aliases: readonly string[]): Promise<void> {
  for (const index of await engine.listIndices(name)) await engine.deleteIndex(index.name);
  for (const [, targets] of await engine.getAliases(aliases)) for (const t of targets) await engine.deleteIndex(t.index);
  for (const id of [stateIds.run(project, name), stateIds.lock(project, name), ...aliases.map((a) => stateIds.routing(a))]) {
    const stored = await engine.readState(id);
    if (stored) await engine.deleteState(id, stored);
  }
}
