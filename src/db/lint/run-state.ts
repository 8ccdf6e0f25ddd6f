import type { Dialect } from "./dialect.js";

/**
 * Tables and indexes created by the pending migrations, in order. Blue has never used them, so locking
 * or changing them cannot hurt the running release. PostgreSQL compares names exactly (Prisma quotes every
 * identifier); MySQL case-insensitively. Schemas are ignored: Prisma does not qualify names.
 */
export class RunState {
  private readonly tables = new Set<string>();
  private readonly indexes = new Set<string>();

  constructor(private readonly dialect: Dialect) {}

  private key(name: string): string {
    return this.dialect === "mysql" ? name.toLowerCase() : name;
  }

  addTable(name: string): void {
    if (name) this.tables.add(this.key(name));
  }

  renameTable(from: string, to: string): void {
    if (this.isNewTable(from)) this.addTable(to);
  }

  isNewTable(name: string): boolean {
    return this.tables.has(this.key(name));
  }

  addIndex(name: string): void {
    if (name) this.indexes.add(this.key(name));
  }

  isNewIndex(name: string): boolean {
    return this.indexes.has(this.key(name));
  }
}

/** What rules may ask about the statement's surroundings. */
export interface RuleContext {
  state: RunState;
  /** How many statements the current migration.sql holds. */
  statementsInFile: number;
}
