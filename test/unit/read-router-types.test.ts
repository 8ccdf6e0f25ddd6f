import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * `cutover/read-router` as an application imports it: the declarations built by
 * scripts/build-read-router-types.sh, reached through package.json's "exports", type-checked by tsc
 * in a consumer project that has no @types/node.
 */
const root = join(import.meta.dirname, "../..");
const tsc = join(root, "node_modules/typescript/bin/tsc");
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { exports: Record<string, unknown> };

let consumer: string;

beforeAll(async () => {
  consumer = mkdtempSync(join(tmpdir(), "cutover-read-router-consumer-"));
  const pkg = join(consumer, "node_modules/cutover");
  await execa("bash", [join(root, "scripts/build-read-router-types.sh"), join(pkg, "dist/read-router")], { cwd: root });
  cpSync(join(root, "dist/read-router/index.js"), join(pkg, "dist/read-router/index.js"));
  writeFileSync(join(pkg, "package.json"), JSON.stringify({ name: "cutover", type: "module", exports: manifest.exports }));
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "app", type: "module", private: true }));
  writeFileSync(
    join(consumer, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        lib: ["ES2023", "DOM"],
        types: [],
        strict: true,
        noEmit: true,
      },
      include: ["*.ts"],
    }),
  );
}, 60_000);

async function typeCheck(source: string) {
  writeFileSync(join(consumer, "app.ts"), source);
  return execa("node", [tsc, "-p", consumer], { reject: false });
}

describe("cutover/read-router type declarations", () => {
  it("package.json exports the declarations beside the bundle", () => {
    expect(manifest.exports["./read-router"]).toEqual({
      types: "./dist/read-router/index.d.ts",
      default: "./dist/read-router/index.js",
    });
  });

  it("an application using the router as documented type-checks", async () => {
    const result = await typeCheck(
      [
        'import { createReadRouter, engineRoutingFetcher, chooseReadAlias, routingDocId, type ReadRouter, type ReadRouting } from "cutover/read-router";',
        "",
        "const router: ReadRouter = await createReadRouter({",
        '  readAlias: "read_spent_detail_dev",',
        '  fetchRouting: engineRoutingFetcher({ url: "http://search:9200", readAlias: "read_spent_detail_dev", headers: { authorization: "ApiKey x" } }),',
        "  refreshMs: 10_000,",
        "  onError: (error: unknown) => console.warn(error),",
        "});",
        'const index: string = router.aliasFor("user-42");',
        "const now: ReadRouting | undefined = router.current();",
        "await router.refresh();",
        "router.close();",
        'const pinned: string = chooseReadAlias({ readAlias: "r", canaryAlias: "r_canary", weight: 50 }, "r", "user-42");',
        'const id: string = routingDocId("r");',
        "console.log(index, now?.weight, pinned, id);",
        "",
      ].join("\n"),
    );
    expect(result.exitCode, result.stdout).toBe(0);
  }, 60_000);

  it("a wrong use is a type error, so the declarations are really read", async () => {
    const result = await typeCheck(
      [
        'import { createReadRouter } from "cutover/read-router";',
        'const router = await createReadRouter({ readAlias: "r", fetchRouting: async () => undefined });',
        "router.aliasFor(42);",
        'await createReadRouter({ readAlias: "r" });',
        "",
      ].join("\n"),
    );
    expect(result.exitCode).not.toBe(0);
    expect(result.stdout).toMatch(/app\.ts\(3,\d+\): error TS2345: Argument of type 'number'/);
    expect(result.stdout).toMatch(/app\.ts\(4,\d+\): error TS2345: .*'fetchRouting' is missing/s);
  }, 60_000);
});
