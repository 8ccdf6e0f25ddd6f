import type { ExternalInput } from "../pipeline/dag.js";
import type { StateFeature } from "../sql/sql-facts.js";

/**
 * The Flink release plan as data: JSON-able (arrays and plain objects only), so `--json` prints it
 * as is. Built by planFlinkRelease (impact.ts), rendered by render-plan.ts.
 */

/**
 * What happens to a table in this release:
 * - `unchanged`: untouched; its statements keep running.
 * - `new`: not deployed yet; created as written.
 * - `changed`: its own SQL changed; redeployed as its next version.
 * - `descendant`: its SQL did not change, but a table it reads gets a new version; redeployed as
 *   its next version, reading the new one.
 */
export type TableStatus = "unchanged" | "new" | "changed" | "descendant";

/** Where a green statement starts reading its inputs. */
export type StartFrom =
  | { readonly kind: "earliest" }
  /** The blue statement's offsets: only for a stateless statement whose inputs keep their versions. */
  | { readonly kind: "blue-offsets"; readonly blueStatement: string }
  | { readonly kind: "timestamp"; readonly at: string };

export interface TablePlan {
  readonly id: string;
  readonly kind: "table" | "view";
  readonly status: TableStatus;
  /** The name deployed now (undefined for a new table). */
  readonly blue: string | undefined;
  /** The name this release deploys (undefined when unchanged). */
  readonly green: string | undefined;
  readonly reasons: readonly string[];
  /** What makes its statement keep state, its own and that of the views it reads. */
  readonly state: readonly StateFeature[];
  /** For a table whose statement runs (not a view), when it is deployed. */
  readonly startFrom: StartFrom | undefined;
  /** Why it starts there. */
  readonly startReason: string | undefined;
}

export type FlinkStep =
  | { readonly kind: "create-table"; readonly table: string; readonly name: string; readonly statement: string; readonly file: string }
  | { readonly kind: "create-view"; readonly table: string; readonly name: string; readonly statement: string; readonly file: string }
  /** CREATE TABLE ... AS SELECT: creates the table and starts the statement that fills it. */
  | {
      readonly kind: "create-table-as";
      readonly table: string;
      readonly name: string;
      readonly statement: string;
      readonly file: string;
      readonly startFrom: StartFrom;
      readonly stateful: boolean;
    }
  | {
      readonly kind: "start-statement";
      readonly table: string;
      /** The table it writes. */
      readonly name: string;
      readonly statement: string;
      readonly file: string;
      readonly startFrom: StartFrom;
      readonly stateful: boolean;
    }
  /** Before the switch: every green statement within `maxLag` records of the end of its inputs. */
  | { readonly kind: "wait-for-catch-up"; readonly statements: readonly string[]; readonly maxLag: number }
  /** At the switch: the blue statement a green one replaces. Its table is kept for a rollback. */
  | { readonly kind: "stop-statement"; readonly table: string; readonly name: string; readonly statement: string };

export interface RewrittenFile {
  readonly path: string;
  readonly statement: string;
  /** The file as it is deployed: the same bytes but for the table names that get new versions. */
  readonly text: string;
}

export interface FlinkReleasePlan {
  /** Every table, sources before consumers. */
  readonly tables: readonly TablePlan[];
  readonly steps: readonly FlinkStep[];
  readonly rewrites: readonly RewrittenFile[];
  readonly externalInputs: readonly ExternalInput[];
  readonly externalOutputs: readonly ExternalInput[];
  /** Tables no pipeline statement reads that get a new name: their readers outside the pipeline must follow. */
  readonly switchOver: readonly { readonly blue: string; readonly green: string }[];
  readonly changeNotes: readonly string[];
  /** Why the plan cannot be applied; non-empty means nothing may be deployed. */
  readonly problems: readonly string[];
}
