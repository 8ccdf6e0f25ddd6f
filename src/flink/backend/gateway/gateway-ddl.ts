/**
 * DDL on the gateway. It has no persistent catalog, so a table exists only as its DDL, kept in the
 * state topic and replayed into every session (gateway-state.ts). A DDL run with a DdlRecord is
 * listed afterwards as a COMPLETED statement carrying the record's hash and labels, as Confluent
 * Cloud lists a DDL statement, so the phases read both backends alike.
 */
import { ddlTarget } from "../../ddl-target.js";
import { lexFlinkSql, significant } from "../../sql/lex-sql.js";
import { checkStatementName, StatementError, type DdlOptions, type StatementInfo } from "../../statement-port.js";
import { inSession, type GatewayClient } from "./gateway-client.js";
import type { GatewayState, TableRecord } from "./gateway-state.js";
import type { GatewayTopics } from "./gateway-topics.js";

export interface GatewayDdlDeps {
  readonly client: GatewayClient;
  readonly state: GatewayState;
  readonly topics: GatewayTopics;
  readonly statementMs: number;
}

/** A recorded table or view as the port lists it. */
export function recordedDdl(table: TableRecord): StatementInfo | undefined {
  if (!table.statement) return undefined;
  return {
    name: table.statement,
    phase: "COMPLETED",
    sql: table.ddl,
    ...(table.contentHash ? { contentHash: table.contentHash } : {}),
    labels: table.labels ?? {},
    properties: {},
    sources: [],
    resumable: false,
    createdAt: new Date(table.createdAt),
  };
}

export function gatewayDdl({ client, state, topics, statementMs }: GatewayDdlDeps) {
  return async function runDdl(ddl: string, options: DdlOptions = {}): Promise<void> {
    const target = ddlTarget(ddl);
    if (!target) {
      throw new StatementError(
        significant(lexFlinkSql(ddl).tokens)
          .slice(0, 3)
          .map((t) => t.text)
          .join(" "),
        "invalid",
        "the gateway backend runs CREATE/DROP TABLE or VIEW only: it has no persistent catalog to ALTER",
      );
    }
    const { record } = options;
    if (record) checkStatementName(record.name);
    const tables = await state.tables();
    const stored = tables.find((table) => table.name === target.name);
    // A rerun finds its own record: the DDL is in place already (its session replays it).
    if (target.action === "create" && stored && record && stored.statement === record.name && stored.contentHash === record.contentHash)
      return;
    let createdTopic: string | undefined;
    if (target.action === "create" && record?.topic && !stored) {
      try {
        if (await topics.ensure(record.topic.name, record.topic.partitionsLike)) createdTopic = record.topic.name;
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        throw new StatementError(
          record.name,
          "unavailable",
          `creating the Kafka topic '${record.topic.name}' failed: ${why}`,
          {},
          { cause: error },
        );
      }
    }
    await inSession(client, record?.name ?? target.name, {}, options.signal, async (session) => {
      for (const table of tables) await session.execute(table.ddl, { signal: options.signal, timeoutMs: statementMs });
      await session.execute(ddl, { signal: options.signal, timeoutMs: options.timeoutMs ?? statementMs });
    });
    if (target.action === "drop") {
      if (stored) await state.removeTable(target.name);
      // The topic goes with the table only when cutover made it: a topic it found stays.
      if (stored?.createdTopic) await topics.remove(stored.createdTopic);
    } else if (!stored) {
      await state.putTable({
        kind: "table",
        name: target.name,
        ddl,
        createdAt: new Date().toISOString(),
        ...(record ? { statement: record.name, contentHash: record.contentHash, labels: { ...record.labels } } : {}),
        ...(createdTopic ? { createdTopic } : {}),
      });
    }
  };
}
