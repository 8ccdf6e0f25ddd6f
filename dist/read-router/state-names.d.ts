/**
 * Where cutover keeps run state in the engine, named once: the engine adapters write there,
 * es-reindex stores the read weight there, and the application-side read router (a bundle of its
 * own, so this module imports nothing) reads it.
 */
export declare const STATE_INDEX = "cutover-reindex-state";
/** The stored read weight of a read alias while reads are split. */
export declare const routingDocId: (readAlias: string) => string;
