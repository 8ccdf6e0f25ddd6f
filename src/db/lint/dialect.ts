/** The SQL dialects the linter reads; Aurora offers both. */
export const SQL_DIALECTS = ["postgresql", "mysql"] as const;
export type Dialect = (typeof SQL_DIALECTS)[number];
