/**
 * What the memory engine holds: indices (settings, mapping, documents, the searchable copy as of the
 * last refresh, the version map of deleted ids, the write counter) and the aliases each index carries.
 * Names resolve as on a real node: a concrete index, or an alias to its indices; a write through an
 * alias goes to its write index; `_aliases` applies a whole list of actions or none of them.
 */
import { randomBytes } from "node:crypto";
import type { AliasAction, AliasTarget, EngineKind } from "../../../src/search/engine.js";
import { answer, indexNotFound, type ClientError } from "./faults.js";
import { mappingJson, parseMapping, type Mapping } from "./mapping.js";
import { initialSettings, nestedSettings, timeSetting, type Settings } from "./settings.js";

type Json = Record<string, unknown>;

export interface StoredDoc {
  readonly source: Json;
  readonly version: number;
  readonly seqNo: number;
  readonly primaryTerm: number;
}

export interface AliasEntry {
  readonly isWriteIndex?: boolean;
}

export interface MemoryIndex {
  readonly name: string;
  readonly uuid: string;
  readonly createdAt: number;
  settings: Settings;
  mapping: Mapping;
  /** What a realtime GET sees: every write. */
  docs: Map<string, StoredDoc>;
  /** What searches, counts and scans see: the documents as of the last refresh. */
  visible: Map<string, StoredDoc>;
  /** Deleted ids and their delete's version, remembered for `index.gc_deletes` (60 s by default). */
  deletes: Map<string, { readonly version: number; readonly at: number }>;
  nextSeqNo: number;
  /** Index and delete operations on the primary since it started (`_stats/indexing`). */
  writeOps: number;
  aliases: Map<string, AliasEntry>;
  /** Points in time open on it. */
  openContexts: number;
}

const INVALID_CHARS = /[\\/*?"<>| ,#:A-Z]/;

function checkName(name: string, what: "index" | "alias"): void {
  const type = what === "index" ? "invalid_index_name_exception" : "invalid_alias_name_exception";
  const problem =
    name === "" || name === "." || name === ".."
      ? "must not be empty, '.' or '..'"
      : /[A-Z]/.test(name)
        ? "must be lowercase"
        : INVALID_CHARS.test(name)
          ? `must not contain the following characters [ , ", *, \\, <, |, ,, >, /, ?, #, :]`
          : /^[-_+]/.test(name)
            ? "must not start with '_', '-', or '+'"
            : Buffer.byteLength(name) > 255
              ? "index name is too long"
              : undefined;
  if (problem) throw answer(400, type, `Invalid ${what} name [${name}], ${problem}`);
}

export class Cluster {
  indices = new Map<string, MemoryIndex>();

  constructor(
    readonly kind: EngineKind,
    readonly now: () => number,
    private readonly versionCreated: string,
    private readonly refreshOnRead: boolean,
  ) {}

  get(name: string): MemoryIndex | undefined {
    return this.indices.get(name);
  }

  /** The indices an alias points at, by name. */
  aliasTargets(alias: string): MemoryIndex[] {
    return [...this.indices.values()].filter((index) => index.aliases.has(alias)).sort((a, b) => a.name.localeCompare(b.name));
  }

  isAlias(name: string): boolean {
    return [...this.indices.values()].some((index) => index.aliases.has(name));
  }

  /** `a,b`: each a concrete index or an alias; an unknown name is a 404. */
  resolve(expression: string): MemoryIndex[] {
    const found = new Map<string, MemoryIndex>();
    for (const name of expression.split(",")) {
      const index = this.indices.get(name);
      const targets = index ? [index] : this.aliasTargets(name);
      if (targets.length === 0) throw indexNotFound(name);
      for (const target of targets) found.set(target.name, target);
    }
    return [...found.values()];
  }

  createIndex(name: string, body: { mappings?: Readonly<Json>; settings?: Readonly<Json> }): MemoryIndex {
    checkName(name, "index");
    const existing = this.indices.get(name);
    if (existing) throw answer(400, "resource_already_exists_exception", `index [${name}/${existing.uuid}] already exists`);
    if (this.isAlias(name)) throw answer(400, "invalid_index_name_exception", `Invalid index name [${name}], already exists as alias`);
    const uuid = randomBytes(16).toString("base64url").slice(0, 22);
    const createdAt = this.now();
    const index: MemoryIndex = {
      name,
      uuid,
      createdAt,
      settings: initialSettings(name, uuid, createdAt, body.settings ?? {}, this.versionCreated),
      mapping: parseMapping(body.mappings),
      docs: new Map(),
      visible: new Map(),
      deletes: new Map(),
      nextSeqNo: 0,
      writeOps: 0,
      aliases: new Map(),
      openContexts: 0,
    };
    this.indices.set(name, index);
    return index;
  }

  /** Deletes a concrete index and its aliases; an alias or a wildcard is refused, an absent name is a 404. */
  deleteIndex(name: string): void {
    if (name.includes("*") || name === "_all")
      throw answer(400, "illegal_argument_exception", "Wildcard expressions or all indices are not allowed");
    if (!this.indices.has(name)) {
      if (this.isAlias(name))
        throw answer(
          400,
          "illegal_argument_exception",
          `The provided expression [${name}] matches an alias, specify the corresponding concrete indices instead.`,
        );
      throw indexNotFound(name);
    }
    this.indices.delete(name);
  }

  /**
   * One `_aliases` call: every action checked against the state the earlier ones leave, index
   * removals first (as the engines order them), then the alias table validated as a whole; any
   * failure leaves everything as it was.
   */
  updateAliases(actions: readonly AliasAction[]): void {
    if (actions.length === 0)
      throw answer(400, "action_request_validation_exception", "Validation Failed: 1: Must specify at least one alias action;");
    const tables = new Map([...this.indices.values()].map((index) => [index.name, new Map(index.aliases)]));
    const removed = new Set<string>();
    for (const action of actions) {
      if (!("removeIndex" in action)) continue;
      const name = action.removeIndex.index;
      if (!tables.has(name)) {
        if (this.isAlias(name))
          throw answer(
            400,
            "illegal_argument_exception",
            `The provided expression [${name}] matches an alias, specify the corresponding concrete indices instead.`,
          );
        throw indexNotFound(name);
      }
      tables.delete(name);
      removed.add(name);
    }
    for (const action of actions) {
      if ("removeIndex" in action) continue;
      const { index, alias } = "add" in action ? action.add : action.remove;
      const table = tables.get(index);
      if (!table) throw indexNotFound(index);
      if ("add" in action) {
        checkName(alias, "alias");
        if (tables.has(alias))
          throw answer(
            400,
            "invalid_alias_name_exception",
            `Invalid alias name [${alias}]: an index or data stream exists with the same name as the alias`,
          );
        const { isWriteIndex } = action.add;
        table.set(alias, isWriteIndex === undefined ? {} : { isWriteIndex });
      } else {
        if (!table.has(alias)) throw answer(404, "aliases_not_found_exception", `aliases [${alias}] missing`);
        table.delete(alias);
      }
    }
    const writers = new Map<string, string[]>();
    for (const [index, table] of tables)
      for (const [alias, entry] of table) if (entry.isWriteIndex === true) writers.set(alias, [...(writers.get(alias) ?? []), index]);
    for (const [alias, indices] of writers)
      if (indices.length > 1)
        throw answer(500, "illegal_state_exception", `alias [${alias}] has more than one write index [${indices.sort().join(",")}]`);
    for (const name of removed) this.indices.delete(name);
    for (const [name, table] of tables) (this.indices.get(name) as MemoryIndex).aliases = table;
  }

  /**
   * Where a write to `name` goes: the index, an alias's write index, or, for a name nothing has, a
   * new index made on the fly (`action.auto_create_index`, on by default on both engines).
   */
  writeTarget(name: string): MemoryIndex | ClientError {
    const index = this.indices.get(name);
    if (index) return index;
    const targets = this.aliasTargets(name);
    if (targets.length === 0) {
      try {
        return this.createIndex(name, {});
      } catch (error) {
        return error as ClientError;
      }
    }
    const writer = targets.find((target) => target.aliases.get(name)?.isWriteIndex === true);
    if (writer) return writer;
    if (targets.length === 1 && targets[0]?.aliases.get(name)?.isWriteIndex !== false) return targets[0] as MemoryIndex;
    return answer(
      400,
      "illegal_argument_exception",
      `no write index is defined for alias [${name}]. The write index may be explicitly disabled using is_write_index=false or the alias points to multiple indices without one being designated as a write index`,
    );
  }

  refresh(index: MemoryIndex): void {
    index.visible = new Map(index.docs);
  }

  /**
   * The documents a search sees. A node refreshes on its own within `refresh_interval` (and a
   * search-idle shard refreshes before it answers), so a search here refreshes first, unless the
   * index has `refresh_interval: -1` (a bulk load) or the engine was made with `refreshOnRead: false`.
   */
  searchable(index: MemoryIndex): Map<string, StoredDoc> {
    if (this.refreshOnRead && timeSetting(index.settings, "index.refresh_interval", "1s") !== -1) this.refresh(index);
    return index.visible;
  }

  /** The version a deleted id is remembered with, while `index.gc_deletes` has not passed. */
  deletedVersion(index: MemoryIndex, id: string): number | undefined {
    const deleted = index.deletes.get(id);
    if (!deleted) return undefined;
    if (this.now() - deleted.at > timeSetting(index.settings, "index.gc_deletes", "60s")) {
      index.deletes.delete(id);
      return undefined;
    }
    return deleted.version;
  }

  /** alias → its indices, sorted, for every alias there is. */
  aliasTable(): Record<string, AliasTarget[]> {
    const table: Record<string, AliasTarget[]> = {};
    for (const index of this.sorted())
      for (const [alias, entry] of index.aliases)
        (table[alias] ??= []).push({ index: index.name, isWriteIndex: entry.isWriteIndex === true });
    return Object.fromEntries(Object.entries(table).sort(([a], [b]) => a.localeCompare(b)));
  }

  /** Every index as a client could observe it (not what is refreshed yet), as plain data. */
  contents(): Json {
    const byKey = <T>(entries: Iterable<[string, T]>) => Object.fromEntries([...entries].sort(([a], [b]) => a.localeCompare(b)));
    const indices = this.sorted().map((index) => [
      index.name,
      {
        settings: nestedSettings(index.settings),
        mappings: mappingJson(index.mapping),
        aliases: byKey(index.aliases),
        docs: byKey(index.docs),
        writeOperations: index.writeOps,
        openContexts: index.openContexts,
      },
    ]);
    return { indices: Object.fromEntries(indices) };
  }

  private sorted(): MemoryIndex[] {
    return [...this.indices.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
}
