/** The SQL dialects the linter reads; Aurora offers both. */
export type Dialect = "postgresql" | "mysql";
