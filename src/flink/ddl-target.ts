/** Which table or view a DDL statement creates or drops (pure). */

export type DdlTarget = { readonly action: "create" | "drop"; readonly name: string };

/**
 * The object a CREATE/DROP TABLE or VIEW names; undefined for any other statement. The gateway
 * backend keeps only these: without a persistent catalog, ALTER and the like could not be replayed.
 */
export function ddlTarget(ddl: string): DdlTarget | undefined {
  const text = ddl.replace(/^\s*(?:--[^\n]*\n\s*)*/, "");
  const create = /^CREATE\s+(?:TEMPORARY\s+)?(?:TABLE|VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?((?:`[^`]+`|[\w$]+)(?:\.(?:`[^`]+`|[\w$]+))*)/i.exec(
    text,
  );
  const drop = /^DROP\s+(?:TEMPORARY\s+)?(?:TABLE|VIEW)\s+(?:IF\s+EXISTS\s+)?((?:`[^`]+`|[\w$]+)(?:\.(?:`[^`]+`|[\w$]+))*)/i.exec(text);
  const match = create ?? drop;
  if (!match?.[1]) return undefined;
  return { action: create ? "create" : "drop", name: match[1].replaceAll("`", "") };
}
