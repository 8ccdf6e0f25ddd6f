/**
 * The demo's short story (scripts/demo/story.ts): what it reads from a stage's outputs file, how it
 * counts what a stage changed, and how headlines and the closing table are cut to the terminal.
 */
import { describe, expect, it } from "vitest";
import {
  closingTable,
  cut,
  formatSeconds,
  parseOutputs,
  shortHeadline,
  tableHeadline,
  storyLine,
  whatChanged,
  type StageResult,
} from "../../scripts/demo/story.js";

const stage = (command: string, result: unknown, dryRun = false): StageResult => ({
  command,
  dryRun,
  headline: `${command}: done`,
  result,
});

describe("parseOutputs", () => {
  it("reads the headline and result from the local host's outputs file", () => {
    const result = { command: "migrate-db", dryRun: false, headline: "migrate-db: applied 3 migration(s)", result: { appliedNow: ["a"] } };
    const parsed = parseOutputs(JSON.stringify({ "exit-code": "0", result: JSON.stringify(result) }));
    expect(parsed).toEqual(result);
  });

  it("gives nothing for a missing, half-written or headline-less file", () => {
    expect(parseOutputs(undefined)).toBeUndefined();
    expect(parseOutputs('{"result": "{\\"comm')).toBeUndefined();
    expect(parseOutputs(JSON.stringify({ "exit-code": "1" }))).toBeUndefined();
    expect(parseOutputs(JSON.stringify({ result: JSON.stringify({ command: "verify", headline: "" }) }))).toBeUndefined();
  });
});

describe("whatChanged", () => {
  it("tells a read-only stage from one that found nothing to do", () => {
    expect(whatChanged(stage("status", {}))).toBe("-");
    expect(whatChanged(stage("verify", { results: [{}, {}] }))).toBe("-");
    expect(whatChanged(stage("migrate-db", { appliedNow: [] }))).toBe("nothing");
    expect(whatChanged(stage("rollback", { changes: [] }))).toBe("nothing");
    expect(whatChanged(stage("deploy-green", { steps: [{}, {}] }, true))).toBe("nothing (dry run)");
  });

  it("counts migrations, AWS changes and weight steps", () => {
    expect(whatChanged(stage("migrate-db", { appliedNow: ["a", "b", "c"] }))).toBe("3 migration(s) applied");
    expect(whatChanged(stage("promote", { changes: Array.from({ length: 20 }, () => "x") }))).toBe("20 AWS change(s)");
    const steps = [1, 2].flatMap((step) => ["r1", "r2", "r3"].map((route) => ({ step, route })));
    expect(whatChanged(stage("switch-traffic", { steps }))).toBe("6 weight(s) set in 2 step(s)");
    expect(whatChanged(stage("switch-traffic", { plan: {}, changed: false }))).toBe("nothing");
    expect(whatChanged(stage("flink", { phase: "deploy", changes: ["a", "b"] }))).toBe("2 change(s)");
    expect(whatChanged(stage("flink", { phase: "plan", changes: [] }))).toBe("-");
  });

  it("sums es-reindex's phases: loaded, caught up, aliases moved", () => {
    const all = {
      phase: "all",
      phases: [
        { phase: "plan", changed: false },
        { phase: "load", changed: true, records: 5000 },
        { phase: "catch-up", changed: true, rounds: [{ records: 200 }, { records: 50 }] },
        { phase: "switch-read", changed: true },
        { phase: "switch-write", changed: true },
      ],
    };
    expect(whatChanged(stage("es-reindex", all))).toBe("5000 loaded, 250 caught up, switched");
    const fromIndex = { phase: "all", phases: [{ phase: "load", changed: true, written: 120, total: 120 }] };
    expect(whatChanged(stage("es-reindex", fromIndex))).toBe("120 loaded");
    const rollback = { phase: "rollback", phases: [{ phase: "rollback", changed: true, caughtUp: { beforeSwitch: 120, afterSwitch: 0 } }] };
    expect(whatChanged(stage("es-reindex", rollback))).toBe("120 caught up, switched");
    expect(whatChanged(stage("es-reindex", { phase: "plan", plan: {} }))).toBe("-");
    expect(whatChanged(stage("es-reindex", { phase: "rollback", phases: [{ phase: "rollback", changed: false }] }))).toBe("nothing");
  });
});

describe("headlines", () => {
  it("drops the subject the label names", () => {
    const headline = "migrate-db: the database is up to date (3 migration(s) applied); nothing to apply";
    expect(shortHeadline(headline, "migrate-db", 200)).toBe("the database is up to date (3 migration(s) applied); nothing to apply");
    expect(shortHeadline("Status of spectate in eu-west-1: 5 route(s); 5 green-live", "status", 200)).toBe("5 route(s); 5 green-live");
    const phase = "es-reindex spent_detail_dev: rollback: reads and writes back on blue";
    expect(shortHeadline(phase, "es-reindex spent-detail --phase rollback", 200)).toBe("reads and writes back on blue");
  });

  it("shows what status found and what the last phase of --phase all did", () => {
    const status = "Status of spectate in eu-west-1: 5 route(s) on 3 load balancer(s); 4 green-attached, 1 no-green";
    expect(tableHeadline(status, "status", 40)).toBe("4 green-attached, 1 no-green");
    const all = "es-reindex classes --phase all: 5 phase(s) run, 3 changed something; switch-read: all reads on classes_20261203181154";
    expect(tableHeadline(all, "es-reindex classes --phase all", 60)).toBe("all reads on classes_20261203181154");
    expect(tableHeadline("verify: green is ready on 5 route(s); 3 smoke check(s) passed", "verify", 40)).toBe(
      "green is ready on 5 route(s); …",
    );
  });

  it("cuts at a clause, else at a word, else where the width ends", () => {
    const applied = "migrate-db: applied 3 migration(s): 20260101000000_init, 20260301000000_event_status";
    expect(shortHeadline(applied, "migrate-db", 60)).toBe("applied 3 migration(s): 20260101000000_init, …");
    expect(shortHeadline(applied, "migrate-db", 30)).toBe("applied 3 migration(s): …");
    expect(cut("green ready at weight 0 on 5 route(s)", 20)).toBe("green ready at…");
    // a clause early in the room would throw most of it away: a word further on keeps more
    const all = "7 phase(s) run, 5 changed something; switch-write: writes now go to spent_detail_dev_20261203182658 (was blue)";
    expect(cut(all, 80)).toBe("7 phase(s) run, 5 changed something; switch-write: writes now go to…");
    expect(cut("spent_detail_dev_20261101000000", 10)).toBe("spent_det…");
    for (const width of [10, 20, 30, 45, 60]) expect(shortHeadline(applied, "migrate-db", width).length).toBeLessThanOrEqual(width);
  });

  it("formats durations as seconds, minutes past a minute", () => {
    expect(formatSeconds(850)).toBe("0.9s");
    expect(formatSeconds(59_940)).toBe("59.9s");
    expect(formatSeconds(75_300)).toBe("1m15s");
  });

  it("marks a failed stage and says its exit code", () => {
    const failed = {
      label: "verify",
      exitCode: 1,
      durationMs: 1200,
      headline: "verify failed: 1 of 3 smoke check(s) failed: health (503)",
      changed: "?",
    };
    expect(storyLine(failed, 100)).toBe("  ✗   1.2s  verify failed (exit 1): 1 of 3 smoke check(s) failed: health (503)");
    expect(storyLine({ ...failed, exitCode: 0, headline: "verify: green is ready on 5 route(s)" }, 100)).toBe(
      "  ✓   1.2s  verify: green is ready on 5 route(s)",
    );
    const refused = { ...failed, label: "status", exitCode: 2, headline: "config file 'x.yml' cannot be read: no such file" };
    expect(storyLine(refused, 100)).toBe("  ✗   1.2s  status failed (exit 2): config file 'x.yml' cannot be read: no such file");
  });

  it("tells a refusal the demo runs on purpose from a failure", () => {
    const switched = {
      label: "flink --phase switch",
      exitCode: 3,
      expectedExit: 3,
      durationMs: 700,
      headline: "refused: switch refused: 1 green statement(s) not ready; blue keeps running",
      changed: "nothing",
    };
    expect(storyLine(switched, 140)).toBe(
      "  ✓   0.7s  flink --phase switch refused as meant (exit 3): switch refused: 1 green statement(s) not ready; blue keeps running",
    );
    expect(storyLine({ ...switched, exitCode: 1 }, 100)).toMatch(/^ {2}✗ .* failed \(exit 1\)/);
    expect(storyLine({ ...switched, exitCode: 0, headline: "flink switch: 2 blue statement(s) stopped" }, 100)).toMatch(/^ {2}✗ /);
  });

  it("fits the closing table to the width, with a total", () => {
    const stages = [
      { label: "plan", exitCode: 0, durationMs: 900, headline: `Release plan for x: ${"y".repeat(200)}`, changed: "-" },
      {
        label: "migrate-db",
        exitCode: 0,
        durationMs: 2100,
        headline: "migrate-db: applied 3 migration(s)",
        changed: "3 migration(s) applied",
      },
    ];
    const table = closingTable(stages, 90);
    expect(table.every((l) => l.length <= 90)).toBe(true);
    expect(table[0]).toMatch(/^stage\s+what it did\s+what changed\s+took$/);
    expect(table[3]).toMatch(/^migrate-db\s+applied 3 migration\(s\)\s+3 migration\(s\) applied\s+2\.1s$/);
    expect(table.at(-1)).toMatch(/^2 stage\(s\)\s+3\.0s$/);
  });
});
