/**
 * Offline Prisma config: lets `prisma migrate deploy|resolve|status` run through Prisma's WebAssembly
 * schema engine and the node-postgres driver adapter, because machines without access to Prisma's
 * binary download host (this project's CI and demo boxes) cannot fetch the native schema engine.
 * See the project's notes on running Prisma offline.
 *
 * It lives inside the repository so that its imports resolve from this repository's node_modules
 * (a copy under /tmp would not find them). It has no `schema` key: callers always pass `--schema`.
 * The CLI also needs PRISMA_QUERY_ENGINE_LIBRARY and PRISMA_SCHEMA_ENGINE_BINARY pointing at any
 * existing file, or it tries to download its binaries first.
 *
 * Real users run their own Prisma with its binary engine and do not need this file.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set: the offline Prisma config reads the database from it.");
    return new PrismaPg({ connectionString });
  },
});
