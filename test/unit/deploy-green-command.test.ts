import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { fakeIo } from "../support/fake-io.js";

/** What deploy-green decides before it reaches AWS; the rest is tested against moto and mocks. */
const SPECTATE = join(import.meta.dirname, "../../examples/spectate-three-albs.yml");
// an endpoint nobody listens on: reaching AWS at all would fail with exit 1, not 2
const NO_AWS = { AWS_ENDPOINT_URL: "http://127.0.0.1:9", AWS_ACCESS_KEY_ID: "a", AWS_SECRET_ACCESS_KEY: "b", AWS_MAX_ATTEMPTS: "1" };

describe("cutover deploy-green, before any AWS call", () => {
  it("needs a release (exit 2)", async () => {
    const { io, stderr } = fakeIo(NO_AWS);
    expect(await runCli(["deploy-green", "--config", SPECTATE], io)).toBe(2);
    expect(stderr()).toContain("deploy-green needs a release: give --release (or push a tag)");
  });

  it("AWS out of reach fails (exit 1) with nothing changed", async () => {
    const { io, stderr } = fakeIo(NO_AWS);
    expect(await runCli(["deploy-green", "--config", SPECTATE, "--release", "v2.4.0"], io)).toBe(1);
    // the plan is made first (the lock is taken just before the first change): its read of the load balancers fails
    expect(stderr()).toContain("deploy-green failed: could not read the estate: DescribeLoadBalancers on spectate-frontend");
    expect(stderr()).toContain("Nothing had been changed yet.");
  });
});
