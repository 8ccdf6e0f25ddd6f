import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { fakeIo } from "../support/fake-io.js";

/** What `status` decides before it reaches AWS; the reading itself is tested against moto. */
const examples = join(import.meta.dirname, "../../examples");

describe("cutover status, before any AWS call", () => {
  it("a config without load balancers has nothing to show, and needs no AWS", async () => {
    const { io, stdout, stderr } = fakeIo();
    expect(await runCli(["status", "--config", join(examples, "classes-reindex.yml")], io), stderr()).toBe(0);
    expect(stdout()).toContain("no load balancers");
  });

  it("an unknown --service is bad input (exit 2), naming the services there are", async () => {
    // an endpoint nobody listens on: reaching AWS at all would fail with exit 1, not 2
    const { io, stderr } = fakeIo({ AWS_ENDPOINT_URL: "http://127.0.0.1:9", AWS_ACCESS_KEY_ID: "a", AWS_SECRET_ACCESS_KEY: "b" });
    expect(await runCli(["status", "--config", join(examples, "spectate-three-albs.yml"), "--service", "feed-cricket"], io)).toBe(2);
    expect(stderr()).toContain("--service: no service named 'feed-cricket' (services: frontend, event-management, feed-football");
  });
});
