import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local stand-in for GitHub's REST API, for the Deployments endpoints cutover uses: it keeps
 * deployments and their statuses as GitHub would (newest first, filtered by environment and task)
 * and records every call with its Authorization header, so tests assert what was sent. GitHub
 * itself is out of reach here; the shapes follow its REST reference.
 */

export interface RecordedCall {
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string>;
  readonly authorization: string | undefined;
  readonly body: Record<string, unknown> | undefined;
}

export interface StoredDeployment {
  readonly id: number;
  readonly ref: string;
  readonly task: string;
  readonly environment: string;
  readonly payload: unknown;
  readonly statuses: { state: string; description: string; environment_url?: string; log_url?: string }[];
}

export interface GitHubApiStandIn {
  readonly url: string;
  readonly calls: RecordedCall[];
  readonly deployments: StoredDeployment[];
  /** Answer every call with this status (403: a token without `deployments: write`), or normally (undefined). */
  failWith(status: number | undefined): void;
  close(): Promise<void>;
}

export async function startGitHubApiStandIn(): Promise<GitHubApiStandIn> {
  const calls: RecordedCall[] = [];
  const deployments: StoredDeployment[] = [];
  let failure: number | undefined;
  let nextId = 1000;

  const server: Server = createServer((req, res) => {
    void readBody(req).then((raw) => {
      const url = new URL(req.url ?? "/", "http://stand-in");
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
      calls.push({
        method: req.method ?? "",
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        authorization: req.headers.authorization,
        body,
      });
      const send = (status: number, value: unknown) => {
        res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
        res.end(JSON.stringify(value));
      };
      if (failure !== undefined)
        return send(failure, {
          message: failure === 403 ? "Resource not accessible by integration" : "stand-in failure",
          status: String(failure),
        });

      const list = /^\/repos\/([^/]+)\/([^/]+)\/deployments$/.exec(url.pathname);
      const statuses = /^\/repos\/([^/]+)\/([^/]+)\/deployments\/(\d+)\/statuses$/.exec(url.pathname);
      if (list && req.method === "GET") {
        const environment = url.searchParams.get("environment");
        const task = url.searchParams.get("task");
        return send(
          200,
          deployments
            .filter((d) => (environment === null || d.environment === environment) && (task === null || d.task === task))
            .map((d) => ({ id: d.id, ref: d.ref, task: d.task, environment: d.environment, payload: d.payload })),
        );
      }
      if (list && req.method === "POST" && body) {
        const deployment: StoredDeployment = {
          id: nextId++,
          ref: String(body.ref),
          task: String(body.task ?? "deploy"),
          environment: String(body.environment ?? "production"),
          payload: body.payload ?? {},
          statuses: [],
        };
        deployments.unshift(deployment);
        return send(201, {
          id: deployment.id,
          ref: deployment.ref,
          task: deployment.task,
          environment: deployment.environment,
          payload: deployment.payload,
        });
      }
      if (statuses && req.method === "POST" && body) {
        const deployment = deployments.find((d) => d.id === Number(statuses[3]));
        if (!deployment) return send(404, { message: "Not Found" });
        const status = {
          state: String(body.state),
          description: String(body.description ?? ""),
          ...(typeof body.environment_url === "string" ? { environment_url: body.environment_url } : {}),
          ...(typeof body.log_url === "string" ? { log_url: body.log_url } : {}),
        };
        deployment.statuses.push(status);
        return send(201, { id: nextId++, ...status });
      }
      send(404, { message: "Not Found" });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    deployments,
    failWith: (status) => {
      failure = status;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
