import { describe, expect, it } from "vitest";
import type { Elb } from "../../src/aws/connect.js";
import { parseConfig } from "../../src/config/load.js";
import { RefusedError } from "../../src/errors.js";
import { runUrlOf, type LockHolder } from "../../src/lock/holder.js";
import { tagsLockStore, type LockStore } from "../../src/lock/lock-stores.js";
import { acquireWith, LockLostError } from "../../src/lock/release-lock.js";

const config = parseConfig("version: 1\nproject: spectate\n", "cutover.yml", {}).config;
const GITHUB = {
  GITHUB_SERVER_URL: "https://github.com",
  GITHUB_REPOSITORY: "acme/spectate",
  GITHUB_RUN_ID: "42",
  RUNNER_NAME: "runner-3",
};

/** An atomic store in memory, as DynamoDB behaves. */
function fakeStore(): LockStore & { holder: LockHolder | undefined } {
  const store = {
    holder: undefined as LockHolder | undefined,
    where: "memory",
    read: () => Promise.resolve([store.holder]),
    swap(expected: string | undefined, holder: LockHolder) {
      if (store.holder?.id !== expected) return Promise.resolve({ ok: false as const, holder: store.holder });
      store.holder = holder;
      return Promise.resolve({ ok: true as const });
    },
    remove(id: string) {
      if (store.holder?.id !== id) return Promise.resolve(false);
      store.holder = undefined;
      return Promise.resolve(true);
    },
  };
  return store;
}

function logs() {
  const lines: string[] = [];
  return { lines, log: { info: (m: string) => lines.push(`info ${m}`), warn: (m: string) => lines.push(`warn ${m}`) } };
}

const take = (store: LockStore, extra: Partial<Parameters<typeof acquireWith>[1]> = {}) =>
  acquireWith(store, {
    config,
    env: GITHUB,
    now: () => new Date("2026-05-01T10:00:00Z"),
    command: "deploy-green",
    release: "v2.4.0",
    log: logs().log,
    ...extra,
  });

async function refusal(promise: Promise<unknown>): Promise<RefusedError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RefusedError);
  return error as RefusedError;
}

describe("release lock", () => {
  it("refuses a second run, naming release, host, run URL, since when and the id to break", async () => {
    const store = fakeStore();
    const first = await take(store);
    const error = await refusal(take(store, { release: "v2.5.0", env: {} }));
    expect(error.message).toContain("release v2.4.0 (deploy-green) on runner-3 since 2026-05-01T10:00:00.000Z");
    expect(error.message).toContain("run https://github.com/acme/spectate/actions/runs/42");
    expect(error.reasons).toContain(`if that run is over and the lock is stale: cutover deploy-green --break-lock ${first.holder.id}`);
    expect(store.holder?.id).toBe(first.holder.id);
  });

  it("is free again once released, and release leaves another holder's lock alone", async () => {
    const store = fakeStore();
    const first = await take(store);
    await first.release();
    const second = await take(store);
    const { lines, log } = logs();
    const stale = await take(fakeStore(), { log });
    await stale.release();
    expect(store.holder?.id).toBe(second.holder.id);
    await first.release();
    expect(store.holder?.id).toBe(second.holder.id);
    expect(lines).toEqual([expect.stringContaining("took the release lock")]);
  });

  it("breaks a stale lock only with the holder's id", async () => {
    const store = fakeStore();
    const stale = await take(store);
    const wrong = await refusal(take(store, { breakLock: "0123456789ab" }));
    expect(wrong.reasons).toContain(`nothing was broken; to break this lock: cutover deploy-green --break-lock ${stale.holder.id}`);
    const { lines, log } = logs();
    const broke = await take(store, { breakLock: stale.holder.id, log });
    expect(store.holder?.id).toBe(broke.holder.id);
    expect(lines[0]).toMatch(/^warn broke the stale release lock of release v2\.4\.0/);
    await expect(stale.check()).rejects.toBeInstanceOf(LockLostError);
  });

  it("a take-over is never blocked, says from whom, and the first run's check() throws", async () => {
    const store = fakeStore();
    const switching = await take(store, { command: "switch-traffic" });
    await switching.check();
    const { lines, log } = logs();
    const rollback = await take(store, { command: "rollback", takeOver: true, log });
    expect(lines[0]).toContain(`took the release lock over from release v2.4.0 (switch-traffic) on runner-3`);
    const lost = await switching.check().catch((e: unknown) => e);
    expect(lost).toBeInstanceOf(LockLostError);
    expect(lost).toBeInstanceOf(RefusedError);
    expect((lost as LockLostError).by?.id).toBe(rollback.holder.id);
    await switching.release();
    expect(store.holder?.id).toBe(rollback.holder.id);
  });

  it("names the run from GitHub or Jenkins", () => {
    expect(runUrlOf(GITHUB)).toBe("https://github.com/acme/spectate/actions/runs/42");
    expect(runUrlOf({ BUILD_URL: "https://jenkins.example.com/job/spectate/7/" })).toBe("https://jenkins.example.com/job/spectate/7/");
    expect(runUrlOf({})).toBeUndefined();
  });
});

/** ELBv2 tags in memory; each call yields, so two runs interleave as they would over the network. */
function fakeTags(): {
  read: Pick<Elb["read"], "tags">;
  write: Pick<Elb["write"], "addTags" | "removeTags">;
  all: Map<string, Record<string, string>>;
} {
  const all = new Map<string, Record<string, string>>();
  const tick = () => new Promise((resolve) => setTimeout(resolve, 1));
  return {
    all,
    read: {
      async tags(arns) {
        await tick();
        return new Map(arns.map((arn) => [arn, { ...all.get(arn) }]));
      },
    },
    write: {
      async addTags(body) {
        await tick();
        for (const arn of body.ResourceArns)
          all.set(arn, { ...all.get(arn), ...Object.fromEntries(body.Tags.map((t) => [t.Key, t.Value])) });
      },
      async removeTags(arns, keys) {
        await tick();
        for (const arn of arns) all.set(arn, Object.fromEntries(Object.entries(all.get(arn) ?? {}).filter(([k]) => !keys.includes(k))));
      },
    },
  };
}

describe("tags lock (best effort)", () => {
  const ARNS = ["arn:lb/a", "arn:lb/b", "arn:lb/c"];

  it("records the holder on every load balancer and refuses a second run", async () => {
    const elb = fakeTags();
    const held = await take(tagsLockStore(elb, ARNS, 0));
    for (const arn of ARNS) expect(elb.all.get(arn)?.["cutover:lock"]).toBe(held.holder.id);
    expect(elb.all.get("arn:lb/a")?.["cutover:lock:release"]).toBe("v2.4.0");
    const error = await refusal(take(tagsLockStore(elb, ARNS, 0)));
    expect(error.message).toContain("release v2.4.0 (deploy-green)");
    await held.release();
    expect(elb.all.get("arn:lb/b")).toEqual({});
  });

  it("two runs starting together: at most one goes on", async () => {
    for (let trial = 0; trial < 20; trial++) {
      const elb = fakeTags();
      const results = await Promise.allSettled([take(tagsLockStore(elb, ARNS, 5)), take(tagsLockStore(elb, ARNS, 5))]);
      expect(results.filter((r) => r.status === "fulfilled").length).toBeLessThanOrEqual(1);
      for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(RefusedError);
    }
  });

  it("a load balancer whose tag was overwritten makes check() throw", async () => {
    const elb = fakeTags();
    const held = await take(tagsLockStore(elb, ARNS, 0));
    elb.all.set("arn:lb/c", { ...elb.all.get("arn:lb/c"), "cutover:lock": "someoneelse1" });
    await expect(held.check()).rejects.toBeInstanceOf(LockLostError);
  });
});
