/**
 * A small Flink SQL pipeline and the cutover.yml that releases it, written to a folder, for the
 * flink phases' tests and the demo: raw_orders (filled from outside) → src_orders (a filter) →
 * int_orders (a transformation) → out_orders (read outside the pipeline). Table names carry the
 * run's id, so runs never share a Kafka topic; each table's topic is its name.
 *
 * Two forms: the gateway's (Kafka-connector DDL, JSON) and Confluent Cloud's (no WITH clause).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface FlinkPipelineOptions {
  /** Lowercase letters and digits: in table, topic and statement names. */
  readonly run: string;
  readonly form: "gateway" | "confluent";
  /** The Kafka the gateway's tables read and write (gateway form). */
  readonly brokers?: readonly string[];
}

export interface FlinkPipeline {
  readonly folder: string;
  readonly config: string;
  /** Table (and topic) names by folder id. */
  readonly tables: { readonly raw: string; readonly src: string; readonly int: string; readonly out: string };
  /** Changes int_orders' logic (upper-case → lower-case names): int_orders changes, out_orders follows. */
  changeInt(): void;
}

export function writeFlinkPipeline(folder: string, options: FlinkPipelineOptions, config: Record<string, unknown>): FlinkPipeline {
  const { run } = options;
  const tables = { raw: `raw_orders_${run}`, src: `src_orders_${run}`, int: `int_orders_${run}`, out: `out_orders_${run}` };
  const ddl = (name: string) =>
    options.form === "confluent"
      ? `CREATE TABLE ${name} (\n  id INT,\n  name STRING,\n  amount INT\n);\n`
      : `CREATE TABLE ${name} (\n  id INT,\n  name STRING,\n  amount INT\n) WITH (\n  'connector' = 'kafka',\n  'topic' = '${name}',\n` +
        `  'properties.bootstrap.servers' = '${(options.brokers ?? []).join(",")}',\n  'format' = 'json',\n  'scan.startup.mode' = 'earliest-offset'\n);\n`;
  const write = (id: string, files: Record<string, string>) => {
    mkdirSync(join(folder, "pipeline", id), { recursive: true });
    for (const [file, text] of Object.entries(files)) writeFileSync(join(folder, "pipeline", id, file), text);
  };
  write("raw_orders", { "ddl.sql": ddl(tables.raw) });
  write("src_orders", {
    "ddl.sql": ddl(tables.src),
    "dml.sql": `INSERT INTO ${tables.src}\nSELECT id, name, amount FROM ${tables.raw} WHERE amount > 0;\n`,
  });
  write("int_orders", {
    "ddl.sql": ddl(tables.int),
    "dml.sql": `-- names upper-cased\nINSERT INTO ${tables.int}\nSELECT id, UPPER(name) AS name, amount FROM ${tables.src};\n`,
  });
  write("out_orders", {
    "ddl.sql": ddl(tables.out),
    "dml.sql": `INSERT INTO ${tables.out}\nSELECT id, name, amount * 10 AS amount FROM ${tables.int};\n`,
  });
  const configPath = join(folder, "cutover.yml");
  writeFileSync(configPath, JSON.stringify({ version: 1, ...config }, null, 2));
  return {
    folder,
    config: configPath,
    tables,
    changeInt() {
      const path = join(folder, "pipeline", "int_orders", "dml.sql");
      writeFileSync(path, readFileSync(path, "utf8").replace("UPPER(name)", "LOWER(name)").replace("upper-cased", "lower-cased"));
    },
  };
}
