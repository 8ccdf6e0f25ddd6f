/**
 * One real request per component of `scripts/stack.sh up`: proves the stack is what the integration
 * tests expect. Run: npx vitest run --project integration test/integration/stack-smoke.test.ts
 */
import { randomBytes } from "node:crypto";

import {
  CreateLoadBalancerCommand,
  DeleteLoadBalancerCommand,
  DescribeLoadBalancersCommand,
  ElasticLoadBalancingV2Client,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { Client as ElasticsearchClient } from "@elastic/elasticsearch";
import { Client as OpenSearchClient } from "@opensearch-project/opensearch";
import { Kafka, Partitioners, logLevel } from "kafkajs";
import pg from "pg";
import { describe, expect, it } from "vitest";

import {
  MOTO_CREDENTIALS,
  MOTO_REGION,
  elasticsearchCompatHeaders,
  elasticsearchMajor,
  motoDefaultSubnets,
  requireStack,
  searchModules,
} from "./stack-env.js";

const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString("hex")}`;

describe("PostgreSQL", () => {
  const stack = requireStack("pg");

  it("answers select 1 as the cutover role", async () => {
    const client = new pg.Client({ connectionString: stack.pgUrl });
    await client.connect();
    try {
      const result = await client.query<{ one: number; who: string }>("select 1 as one, current_user as who");
      expect(result.rows).toEqual([{ one: 1, who: "cutover" }]);
    } finally {
      await client.end();
    }
  });
});

describe("Kafka", () => {
  const stack = requireStack("kafka");

  it("creates a topic, produces a message and consumes it back", async () => {
    // NOTHING: kafkajs logs the group coordinator's first-use retries as errors; real failures still throw.
    const kafka = new Kafka({ clientId: "cutover-smoke", brokers: stack.kafkaBrokers, logLevel: logLevel.NOTHING });
    const topic = unique("cutover-smoke");
    const admin = kafka.admin();
    const producer = kafka.producer({ allowAutoTopicCreation: false, createPartitioner: Partitioners.DefaultPartitioner });
    const consumer = kafka.consumer({ groupId: unique("cutover-smoke-group") });
    await admin.connect();
    try {
      expect(await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true })).toBe(true);

      await producer.connect();
      await producer.send({ topic, messages: [{ key: "k", value: "hello from cutover" }] });

      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: true });
      const received = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no message on ${topic} within 30 s`)), 30_000);
        void consumer
          .run({
            eachMessage: async ({ message }) => {
              clearTimeout(timer);
              resolve(message.value?.toString() ?? "");
            },
          })
          .catch(reject);
      });
      expect(received).toBe("hello from cutover");
    } finally {
      await consumer.disconnect();
      await producer.disconnect();
      await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
      await admin.disconnect();
    }
  });
});

describe("Elasticsearch", () => {
  const stack = requireStack("es");

  const client = async () =>
    new ElasticsearchClient({ node: stack.esUrl, headers: elasticsearchCompatHeaders(await elasticsearchMajor(stack.esUrl)) });

  it("creates an index, indexes a document with refresh and finds it", async () => {
    const es = await client();
    const index = unique("cutover-smoke");
    try {
      await es.indices.create({ index, mappings: { properties: { name: { type: "keyword" }, n: { type: "integer" } } } });
      await es.index({ index, id: "1", document: { name: "blue", n: 1 }, refresh: true });
      const result = await es.search<{ name: string; n: number }>({ index, query: { term: { name: "blue" } } });
      expect(result.hits.hits.map((hit) => hit._source)).toEqual([{ name: "blue", n: 1 }]);
    } finally {
      await es.indices.delete({ index, ignore_unavailable: true });
      await es.close();
    }
  });

  it("swaps read and write aliases between two indices in one atomic call", async () => {
    // Elastic's Maven Central test distribution has no reindex or painless module (see
    // docs/development-stack.md); aliases, which blue/green rests on, are there and checked here.
    const es = await client();
    const [blue, green] = [unique("cutover-smoke-blue"), unique("cutover-smoke-green")];
    const [read, write] = [unique("read"), unique("write")];
    try {
      await es.indices.create({ index: blue, aliases: { [read]: {}, [write]: { is_write_index: true } } });
      await es.indices.create({ index: green });
      await es.indices.updateAliases({
        actions: [
          { remove: { index: blue, alias: read } },
          { add: { index: green, alias: read } },
          { add: { index: green, alias: write, is_write_index: true } },
          { add: { index: blue, alias: write, is_write_index: false } },
        ],
      });
      await es.index({ index: write, id: "1", document: { name: "green" }, refresh: true });
      const viaRead = await es.search<{ name: string }>({ index: read });
      expect(viaRead.hits.hits.map((hit) => hit._index)).toEqual([green]);
      const aliases = await es.indices.getAlias({ name: [read, write] });
      expect(Object.keys(aliases).sort()).toEqual([blue, green].sort());
    } finally {
      await es.indices.delete({ index: [blue, green], ignore_unavailable: true });
      await es.close();
    }
  });
});

describe("OpenSearch", () => {
  const stack = requireStack("os");

  it("creates an index, indexes and finds a document, reindexes it with a painless script", async () => {
    const modules = await searchModules(stack.osUrl);
    expect(modules).toEqual(expect.arrayContaining(["reindex", "lang-painless"]));

    const os = new OpenSearchClient({ node: stack.osUrl });
    const source = unique("cutover-smoke-src");
    const dest = unique("cutover-smoke-dst");
    try {
      await os.indices.create({
        index: source,
        body: { mappings: { properties: { name: { type: "keyword" }, n: { type: "integer" } } } },
      });
      await os.index({ index: source, id: "1", body: { name: "green", n: 1 }, refresh: true });
      const found = await os.search({ index: source, body: { query: { term: { name: "green" } } } });
      expect(found.body.hits.hits.map((hit) => hit._source)).toEqual([{ name: "green", n: 1 }]);

      const reindexed = await os.reindex({
        body: {
          source: { index: source },
          dest: { index: dest },
          script: { lang: "painless", source: "ctx._source.n = ctx._source.n + 1" },
        },
        refresh: true,
        wait_for_completion: true,
      });
      expect(reindexed.body).toMatchObject({ created: 1, failures: [] });
      const copied = await os.search({ index: dest });
      expect(copied.body.hits.hits.map((hit) => hit._source)).toEqual([{ name: "green", n: 2 }]);
    } finally {
      await os.indices.delete({ index: [source, dest], ignore_unavailable: true });
      await os.close();
    }
  });
});

describe("moto server (AWS)", () => {
  const stack = requireStack("moto");

  it("creates an application load balancer that DescribeLoadBalancers finds", async () => {
    const elbv2 = new ElasticLoadBalancingV2Client({
      endpoint: stack.awsEndpoint,
      region: MOTO_REGION,
      credentials: MOTO_CREDENTIALS,
    });
    const name = unique("smoke").slice(0, 32);
    const subnets = await motoDefaultSubnets(stack.awsEndpoint);
    expect(subnets.length).toBeGreaterThanOrEqual(2);

    const created = await elbv2.send(new CreateLoadBalancerCommand({ Name: name, Subnets: subnets.slice(0, 2), Type: "application" }));
    const arn = created.LoadBalancers?.[0]?.LoadBalancerArn;
    expect(arn).toBeDefined();
    try {
      const described = await elbv2.send(new DescribeLoadBalancersCommand({ Names: [name] }));
      expect(described.LoadBalancers?.map((lb) => lb.LoadBalancerArn)).toEqual([arn]);
    } finally {
      await elbv2.send(new DeleteLoadBalancerCommand({ LoadBalancerArn: arn }));
      elbv2.destroy();
    }
  });
});
