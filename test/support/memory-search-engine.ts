/**
 * An in-memory SearchEngine for fast tests of what drives the port (the es-reindex phases), with
 * faults to inject and its contents to look at. See memory-search-engine/engine.ts.
 */
export { ENGINE_PROFILES, MemorySearchEngine, type EngineProfile, type MemoryEngineOptions } from "./memory-search-engine/engine.js";
export { faults, type CallRecord, type Fault, type FaultRule } from "./memory-search-engine/faults.js";
export { painlessError, type ScriptContext, type ScriptStandIn } from "./memory-search-engine/reindex-task.js";
