import type { Elb } from "../aws/connect.js";
import type { LockTable } from "../aws/lock-table.js";
import type { Config } from "../config/schema/index.js";
import { RefusedError } from "../errors.js";
import { holderFields, holderFrom, type LockHolder } from "./holder.js";

/** Where the release lock is recorded. The two kinds differ in one thing: whether `swap` is atomic. */
export interface LockStore {
  /** How messages name it: `DynamoDB table cutover-locks, key cutover:spectate`. */
  readonly where: string;
  /** The holder in every place the lock is recorded (one for a table, one per load balancer for tags). */
  read(): Promise<readonly (LockHolder | undefined)[]>;
  /**
   * Records `holder` if the lock is free (`expected` undefined) or held by `expected`. Otherwise
   * changes nothing and says who holds it (undefined when it was released in between).
   */
  swap(expected: string | undefined, holder: LockHolder): Promise<{ ok: true } | { ok: false; holder: LockHolder | undefined }>;
  /** Removes the lock where `id` still holds it; false when it held it nowhere. */
  remove(id: string): Promise<boolean>;
}

export function lockKey(project: string): string {
  return `cutover:${project}`;
}

// ---------------------------------------------------------------- DynamoDB: atomic

export function dynamoDbLockStore(table: LockTable, project: string): LockStore {
  const lockId = lockKey(project);
  const read = async () => {
    const item = await table.get(lockId);
    return item && holderFrom({ ...item, id: item.holderId });
  };
  return {
    where: `DynamoDB table ${table.table}, key ${lockId}`,
    read: async () => [await read()],
    async swap(expected, holder) {
      const { id, ...fields } = holderFields(holder);
      if (await table.putIf({ ...fields, lockId, holderId: id }, expected)) return { ok: true };
      return { ok: false, holder: await read() };
    },
    remove: (id) => table.deleteIf(lockId, id),
  };
}

// ---------------------------------------------------------------- tags: best effort

/** The holder's fields as tags on each load balancer; `cutover:lock` itself is the holder's id. */
const TAG_PREFIX = "cutover:lock";
const FIELDS = ["project", "release", "command", "host", "runUrl", "since"] as const;
const tagKey = (field: string) => (field === "id" ? TAG_PREFIX : `${TAG_PREFIX}:${field}`);
const TAG_KEYS = ["id", ...FIELDS].map(tagKey);
/** ELBv2 tag values hold at most 256 characters. */
const MAX_TAG_VALUE = 256;

/**
 * Tags on every load balancer the config names. NOT atomic: there is no conditional write on tags,
 * so two runs that read "free" at the same moment both write. Each re-reads after a pause and backs
 * off if any load balancer shows another holder, and `check()` re-reads before every change, which
 * narrows the window without closing it. The DynamoDB lock closes it.
 */
export function tagsLockStore(
  elb: { readonly read: Pick<Elb["read"], "tags">; readonly write: Pick<Elb["write"], "addTags" | "removeTags"> },
  arns: readonly string[],
  settleMs = 1000,
): LockStore {
  const read = async () => {
    const tags = await elb.read.tags(arns);
    return arns.map((arn) => {
      const on = tags.get(arn) ?? {};
      return holderFrom(Object.fromEntries(["id", ...FIELDS].map((field) => [field, on[tagKey(field)]])));
    });
  };
  const removeWhere = async (id: string, holders: readonly (LockHolder | undefined)[]) => {
    const ours = arns.filter((_, i) => holders[i]?.id === id);
    if (ours.length > 0) await elb.write.removeTags(ours, TAG_KEYS);
    return ours.length > 0;
  };
  return {
    where: `tags ${TAG_PREFIX}* on ${arns.length} load balancer(s)`,
    read,
    async swap(expected, holder) {
      const before = await read();
      const other = before.find((h) => h !== undefined && h.id !== expected && h.id !== holder.id);
      if (other) return { ok: false, holder: other };
      const fields = holderFields(holder);
      await elb.write.addTags({
        ResourceArns: [...arns],
        Tags: Object.entries(fields).map(([field, value]) => ({ Key: tagKey(field), Value: value.slice(0, MAX_TAG_VALUE) })),
      });
      // a run that read "free" at the same time as this one has written by now, most likely
      if (settleMs > 0) await new Promise((resolve) => setTimeout(resolve, settleMs));
      const after = await read();
      if (after.every((h) => h?.id === holder.id)) return { ok: true };
      await removeWhere(holder.id, after);
      return { ok: false, holder: after.find((h) => h !== undefined && h.id !== holder.id) };
    },
    async remove(id) {
      return removeWhere(id, await read());
    },
  };
}

/**
 * The load balancers to tag: by name, or from a listener ARN, whose load balancer ARN is its prefix
 * (`...:listener/app/<name>/<lb-id>/<listener-id>` → `...:loadbalancer/app/<name>/<lb-id>`).
 */
export async function lockedLoadBalancers(config: Config, elb: Pick<Elb["read"], "loadBalancersByName">): Promise<string[]> {
  const names: string[] = [];
  const arns = new Set<string>();
  for (const lb of config.loadBalancers) {
    if ("loadBalancer" in lb.listener) names.push(lb.listener.loadBalancer);
    else arns.add(lb.listener.arn.replace(/:listener\/(app\/[^/]+\/[^/]+)\/[^/]+$/, ":loadbalancer/$1"));
  }
  if (config.loadBalancers.length === 0)
    throw new RefusedError("the release lock (lock.type: tags) needs a load balancer in the config to record it on", [
      "lock: configure { type: dynamodb, table: <table> }, or name the load balancers under loadBalancers",
    ]);
  const found = names.length > 0 ? await elb.loadBalancersByName(names) : new Map();
  for (const lb of found.values()) arns.add(lb.arn);
  // a missing one is left to the estate reader, which names every missing resource at once
  if (arns.size === 0)
    throw new RefusedError(`none of the load balancers exist (${names.join(", ")}): the release lock cannot be recorded`, [
      ...names.map((name) => `loadBalancers: '${name}' does not exist in this account and region`),
    ]);
  return [...arns].sort();
}
