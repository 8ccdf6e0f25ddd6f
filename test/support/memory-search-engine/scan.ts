/**
 * scan as each adapter runs it, request for request: a point in time taken on the searchable
 * documents when it opens (later writes are not in it), pages of `batchSize`, and the point in time
 * closed at the end or on an early exit (a failed close is ignored, as the adapters do, and leaves
 * it open). Elasticsearch pages through the whole point in time; OpenSearch reads it index by
 * index and shard by shard (`GET _settings` for the shard counts first), as its adapter does.
 */
import type { EngineKind } from "../../../src/search/engine.js";
import type { Cluster, MemoryIndex } from "./cluster.js";
import { compileQuery, type Candidate } from "./query.js";

type Json = Record<string, unknown>;
type Call = <T>(call: string, resource: string, run: () => T) => Promise<T>;

interface Frozen extends Candidate {
  readonly shard: number;
}

/** A document's shard: a stable hash of its id, as routing does. */
function shardOf(id: string, shards: number): number {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  return (hash >>> 0) % shards;
}

function shardsOf(index: MemoryIndex): number {
  return Number(index.settings.get("index.number_of_shards")) || 1;
}

class PointInTime {
  private closed = false;
  constructor(
    private readonly indices: readonly MemoryIndex[],
    readonly docs: readonly Frozen[],
  ) {
    for (const index of indices) index.openContexts++;
  }

  static open(cluster: Cluster, indices: readonly MemoryIndex[]): PointInTime {
    const docs = indices.flatMap((index, indexOrder) =>
      [...cluster.searchable(index)].map(([id, doc]) => ({
        id,
        index: index.name,
        source: doc.source,
        mapping: index.mapping,
        position: doc.seqNo,
        indexOrder,
        shard: shardOf(id, shardsOf(index)),
      })),
    );
    docs.sort((a, b) => a.indexOrder - b.indexOrder || a.shard - b.shard || a.position - b.position);
    return new PointInTime(indices, docs);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const index of this.indices) index.openContexts--;
  }
}

function page(docs: readonly Frozen[], from: number, size: number): { id: string; source: Json }[] {
  return docs.slice(from, from + size).map((doc) => ({ id: doc.id, source: JSON.parse(JSON.stringify(doc.source)) as Json }));
}

export async function* scanPages(
  cluster: Cluster,
  kind: EngineKind,
  index: string,
  options: { batchSize: number; query?: Readonly<Json> },
  call: Call,
): AsyncGenerator<{ id: string; source: Json }[]> {
  if (kind === "elasticsearch") {
    const pit = await call("POST _pit", index, () => PointInTime.open(cluster, cluster.resolve(index)));
    try {
      for (let from = 0; ; from += options.batchSize) {
        const docs = await call("POST _search (point in time)", index, () => {
          const matcher = compileQuery(options.query);
          return page(
            pit.docs.filter((doc) => matcher(doc) !== undefined),
            from,
            options.batchSize,
          );
        });
        if (docs.length > 0) yield docs;
        if (docs.length < options.batchSize) return;
      }
    } finally {
      await call("DELETE _pit", index, () => pit.close()).catch(() => undefined);
    }
    return;
  }

  const targets = await call("GET _settings", index, () =>
    cluster
      .resolve(index)
      .map((found) => ({ name: found.name, shards: shardsOf(found) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  );
  const pit = await call("POST _search/point_in_time", index, () =>
    PointInTime.open(
      cluster,
      targets.map((target) => cluster.resolve(target.name)[0] as MemoryIndex),
    ),
  );
  try {
    for (const target of targets) {
      for (let shard = 0; shard < target.shards; shard++) {
        for (let from = 0; ; from += options.batchSize) {
          const docs = await call("POST _search (point in time)", index, () => {
            const matcher = compileQuery(options.query);
            const slice = pit.docs.filter((doc) => doc.index === target.name && doc.shard === shard && matcher(doc) !== undefined);
            return page(slice, from, options.batchSize);
          });
          if (docs.length > 0) yield docs;
          if (docs.length < options.batchSize) break;
        }
      }
    }
  } finally {
    await call("DELETE _search/point_in_time", index, () => pit.close()).catch(() => undefined);
  }
}
