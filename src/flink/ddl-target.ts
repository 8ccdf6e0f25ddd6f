/** Which table or view a DDL statement creates or drops (pure). */

export type DdlTarget = {
  readonly action: "create" | "drop";
  readonly kind: "table" | "view";
  /** Backticks removed, parts joined with '.'. */
  readonly name: string;
  /** As written, backticks kept: what a DROP of the same object names. */
  readonly raw: string;
};

/**
 * The object a CREATE/DROP TABLE or VIEW names; undefined for any other statement. The gateway
 * backend keeps only these: without a persistent catalog, ALTER and the like could not be replayed.
 */
export function ddlTarget(ddl: string): DdlTarget | undefined {
  const text = ddl.replace(/^\s*(?:--[^\n]*\n\s*)*/, "");
  const create = /^CREATE\s+(?:TEMPORARY\s+)?(TABLE|VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?((?:`[^`]+`|[\w$]+)(?:\.(?:`[^`]+`|[\w$]+))*)/i.exec(
    text,
  );
  const drop = /^DROP\s+(?:TEMPORARY\s+)?(TABLE|VIEW)\s+(?:IF\s+EXISTS\s+)?((?:`[^`]+`|[\w$]+)(?:\.(?:`[^`]+`|[\w$]+))*)/i.exec(text);
  const match = create ?? drop;
  if (!match?.[2]) return undefined;
  return {
    action: create ? "create" : "drop",
    kind: match[1]?.toUpperCase() === "VIEW" ? "view" : "table",
    name: match[2].replaceAll("`", ""),
    raw: match[2],
  };
}
