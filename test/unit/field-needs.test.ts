import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { COMMANDS } from "../../src/cli/command-table.js";
import { renderFieldRequirements } from "../../src/config/field-needs-doc.js";
import {
  ALL_COMMANDS,
  ES_KAFKA_PHASES,
  FIELD_NEEDS,
  fieldOf,
  needsPath,
  readsSection,
  stageNeeds,
  type Stage,
} from "../../src/config/field-needs.js";
import { schemaFields } from "../../src/config/schema-fields.js";
import { CONFIG_SECTIONS } from "../../src/config/sections.js";

/** The table of which command needs which field, against the schema, the command table and the document. */

const tableFields = FIELD_NEEDS.flatMap((row) => row.fields);

/** Every run a command can be: each of its phases, or the command alone. */
const stages: Stage[] = COMMANDS.flatMap((c) => (c.phases ? c.phases.map((phase) => ({ command: c.name, phase })) : [{ command: c.name }]));
const needers = (field: string) => stages.filter((s) => stageNeeds(s, field)).map((s) => (s.phase ? `${s.command} ${s.phase}` : s.command));

describe("the field table", () => {
  it("has exactly one row for every field of the schema, and no row for a field it lacks", () => {
    const fields = schemaFields();
    expect(fields.length).toBeGreaterThan(140);
    expect(new Set(tableFields).size, "a field is listed twice").toBe(tableFields.length);
    expect([...tableFields].sort()).toEqual([...fields].sort());
  });

  it("fails for a schema field added without a row", () => {
    const grown = z.object({
      ...z.object({ version: z.number(), project: z.string() }).shape,
      aws: z.object({ region: z.string(), role: z.string() }),
    });
    const missing = schemaFields(grown).filter((f) => !tableFields.includes(f));
    expect(missing).toEqual(["aws.role"]);
  });

  it("names only commands and phases of the command table, and every command that reads a config", () => {
    expect([...ALL_COMMANDS].sort()).toEqual(COMMANDS.map((c) => c.name).sort());
    for (const row of FIELD_NEEDS) {
      for (const use of [...row.neededBy, ...(row.readWhenSetBy ?? [])]) {
        const command = COMMANDS.find((c) => c.name === use.command);
        expect(command, `${row.fields[0]}: ${use.command}`).toBeDefined();
        for (const phase of use.phases ?? []) expect(command?.phases, `${use.command} --phase ${phase}`).toContain(phase);
      }
    }
    expect([...ES_KAFKA_PHASES].every((p) => COMMANDS.find((c) => c.name === "es-reindex")?.phases?.includes(p))).toBe(true);
  });

  it("gives every command what it must have: version and project", () => {
    for (const stage of stages) {
      expect(stageNeeds(stage, "version"), stage.command).toBe(true);
      expect(stageNeeds(stage, "project"), stage.command).toBe(true);
    }
  });

  // every command/field pair the issue names, and the pairs a job's secrets depend on
  it.each([
    ["services[].image", ["deploy-green"]],
    ["database.url", ["migrate-db"]],
    ["database.safety.allow", ["lint-migrations", "migrate-db"]],
    [
      "kafka.brokers",
      [
        "es-reindex load",
        "es-reindex catch-up",
        "es-reindex follow",
        "es-reindex switch-write",
        "es-reindex rollback",
        "es-reindex all",
        "flink plan",
        "flink deploy",
        "flink switch",
        "flink rollback",
        "flink cleanup",
      ],
    ],
    ["kafka.sasl.password", needers("kafka.brokers")],
    ["search.url", ES_PHASES_OF("es-reindex")],
    ["search.auth.password", ES_PHASES_OF("es-reindex")],
    ["aws.region", ["deploy-green", "verify", "switch-traffic", "promote", "rollback", "status"]],
    ["services[].targetGroups", ["deploy-green", "verify", "switch-traffic", "promote", "rollback", "status"]],
    ["loadBalancers[].listener.arn", ["deploy-green", "verify", "switch-traffic", "promote", "rollback", "status"]],
    ["lock.table", ["deploy-green", "switch-traffic", "promote", "rollback"]],
    ["headerRouting.header", ["deploy-green", "verify", "promote", "rollback", "status"]],
    ["traffic.steps", ["switch-traffic"]],
    ["traffic.standby", ["promote"]],
    ["verify.checks[].headers", ["verify"]],
    ["flink.backend.apiSecret", ES_PHASES_OF("flink")],
  ] as const)("%s is needed by %j only", (field, expected) => {
    expect(needers(field)).toEqual([...expected]);
  });

  it("no rollback, status or promote needs an image, a database, a search engine or Kafka", () => {
    for (const command of ["rollback", "status", "promote"]) {
      const needed = tableFields.filter((f) => stageNeeds({ command }, f));
      expect(
        needed.filter((f) => /^(database|search|kafka|flink|verify)\b|\.image$/.test(f)),
        command,
      ).toEqual([]);
    }
  });

  it("a flag that supplies a field makes it not needed", () => {
    expect(stageNeeds({ command: "deploy-green", given: ["services[].image"] }, "services[].image")).toBe(false);
    expect(stageNeeds({ command: "deploy-green", given: ["services[].image"] }, "services[].cluster")).toBe(true);
  });

  it("finds the field of a location: list positions, keys inside a map, unknown keys", () => {
    expect(fieldOf(["services", 3, "image"])).toBe("services[].image");
    expect(fieldOf(["services", 0, "targetGroups", 1])).toBe("services[].targetGroups");
    expect(fieldOf(["verify", "checks", 0, "headers", "Authorization"])).toBe("verify.checks[].headers");
    expect(fieldOf(["search", "indices", 0, "source", "catchUp", "from", "offsets", "0"])).toBe("search.indices[].source.catchUp.from");
    expect(fieldOf(["database", "shema"])).toBeUndefined();
    // a key the schema does not know is left to the schema, which reports it to every command
    expect(needsPath(["database", "shema"], { command: "status" })).toBe(true);
    expect(needsPath(["services", 0, "image"], "all")).toBe(true);
  });

  it("says which sections a run reads", () => {
    expect(CONFIG_SECTIONS.filter((s) => readsSection(s, { command: "rollback" }))).toEqual([
      "aws",
      "services",
      "loadBalancers",
      "headerRouting",
      "traffic",
      "lock",
    ]);
    expect(CONFIG_SECTIONS.filter((s) => readsSection(s, { command: "es-reindex" }))).toEqual(["search"]);
    expect(CONFIG_SECTIONS.filter((s) => readsSection(s, { command: "es-reindex", phase: "catch-up" }))).toEqual(["kafka", "search"]);
    expect(CONFIG_SECTIONS.filter((s) => readsSection(s, { command: "plan" }))).toEqual([]);
  });
});

function ES_PHASES_OF(command: string): string[] {
  return (COMMANDS.find((c) => c.name === command)?.phases ?? []).map((p) => `${command} ${p}`);
}

describe("docs/field-requirements.md", () => {
  const path = join(import.meta.dirname, "../../docs/field-requirements.md");
  const START = "<!-- generated from src/config/field-needs.ts: start -->";
  const END = "<!-- generated: end -->";

  it("holds the table as the code has it", () => {
    const doc = readFileSync(path, "utf8");
    const generated = `${START}\n\n${renderFieldRequirements()}\n${END}`;
    const current = doc.slice(doc.indexOf(START), doc.indexOf(END) + END.length);
    // CUTOVER_WRITE_DOCS=1 rewrites the generated part after a change to the table
    if (process.env.CUTOVER_WRITE_DOCS === "1" && current !== generated) writeFileSync(path, doc.replace(current, generated));
    else expect(current, "rerun this test with CUTOVER_WRITE_DOCS=1 to regenerate").toBe(generated);
  });
});
