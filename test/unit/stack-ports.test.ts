import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import { afterAll, describe, expect, it } from "vitest";
import { PORT_TABLE_FILE, STACK_ENV_VARS, defaultStackEnv, parseEnvFile, parsePortTable, stackSettings } from "../integration/stack-env.js";

/** scripts/stack/ports.conf is the one place the stack's ports are written down: the script and the tests read it. */
const root = join(import.meta.dirname, "../..");
const scratch = mkdtempSync(join(tmpdir(), "stack-ports-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The environment without any CUTOVER_STACK_* (the runner may have sourced a stack's env file). */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("CUTOVER_STACK_")));
  return { ...env, CUTOVER_STACK_DIR: join(scratch, "no-stack"), ...extra };
}

async function scriptEnv(env: NodeJS.ProcessEnv): Promise<Record<string, string>> {
  const result = await execa("bash", [join(root, "scripts/stack.sh"), "env"], { cwd: root, env, extendEnv: false, reject: false });
  expect(result.exitCode, result.stderr).toBe(0);
  return parseEnvFile(result.stdout);
}

describe("the stack's port table", () => {
  const rows = parsePortTable(readFileSync(PORT_TABLE_FILE, "utf8"));

  it("gives every component the tests use one main port and one address, and no port twice", () => {
    for (const [component, variable] of Object.entries(STACK_ENV_VARS)) {
      expect(rows.filter((row) => row.component === component && row.kind === "port")).toHaveLength(1);
      expect(rows.filter((row) => row.component === component && row.kind === "address").map((row) => row.variable)).toEqual([variable]);
    }
    const ports = rows.filter((row) => row.kind !== "address").map((row) => row.value);
    expect(new Set(ports).size).toBe(ports.length);
    for (const address of Object.values(defaultStackEnv(cleanEnv(), rows))) expect(address).not.toMatch(/@CUTOVER_STACK_/);
  });

  it("is what `scripts/stack.sh env` prints, with and without port overrides", async () => {
    // an optional component (flink) is printed only while it runs; here nothing runs
    const defaultsOf = (env: NodeJS.ProcessEnv) => {
      const all = defaultStackEnv(env);
      delete all[STACK_ENV_VARS.flink];
      return all;
    };
    expect(await scriptEnv(cleanEnv())).toEqual(defaultsOf(cleanEnv()));
    const overrides = cleanEnv({ CUTOVER_STACK_PG_PORT: "61432", CUTOVER_STACK_AWS_PORT: "61000" });
    const printed = await scriptEnv(overrides);
    expect(printed).toEqual(defaultsOf(overrides));
    expect(printed[STACK_ENV_VARS.pg]).toContain("127.0.0.1:61432/");
    expect(printed[STACK_ENV_VARS.moto]).toBe("http://127.0.0.1:61000");
  });

  it("gives stackSettings its defaults when neither the environment nor an env file says otherwise", () => {
    const pgPort = rows.find((row) => row.variable === "CUTOVER_STACK_PG_PORT")?.value;
    const settings = stackSettings({ cwd: scratch, env: cleanEnv() });
    expect(settings.pgUrl).toMatch(new RegExp(`^postgresql://cutover:[^@]+@127\\.0\\.0\\.1:${pgPort}/cutover$`));
    expect(settings.kafkaBrokers).toEqual([defaultStackEnv(cleanEnv())[STACK_ENV_VARS.kafka]]);
  });

  it("rejects a malformed row, naming the line", () => {
    expect(() => parsePortTable("# fine\npg port CUTOVER_STACK_PG_PORT\n", "ports.conf")).toThrow(/ports\.conf:2:/);
    expect(() => parsePortTable("pg port CUTOVER_STACK_PG_PORT abc\n", "ports.conf")).toThrow(/ports\.conf:1:/);
    expect(() => parsePortTable("pg door CUTOVER_STACK_PG_PORT 1\n", "ports.conf")).toThrow(/ports\.conf:1:/);
  });
});
