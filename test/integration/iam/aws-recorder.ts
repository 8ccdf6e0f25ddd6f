/**
 * A recording proxy in front of moto: cutover's AWS endpoint points here, every request is
 * forwarded to moto unchanged and kept (service, action, parameters, moto's answer), so a test can
 * ask what cutover really sent, not what its tables say it sends. The fixture's own SDK clients go
 * to moto directly and are not recorded.
 */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedCall {
  /** The IAM service prefix the request was signed for: elasticloadbalancing, ecs, autoscaling, ... */
  readonly service: string;
  readonly action: string;
  /** Query-protocol parameters flattened (`ResourceArns.member.1`), or the JSON body. */
  readonly params: QueryParams | JsonBody;
  readonly status: number;
  readonly response: string;
}

export type QueryParams = { readonly kind: "query"; readonly values: ReadonlyMap<string, string> };
export type JsonBody = { readonly kind: "json"; readonly values: Readonly<Record<string, unknown>> };

export interface AwsRecorder {
  readonly endpoint: string;
  readonly calls: RecordedCall[];
  /**
   * Changes moto's answer before cutover reads it (the call is recorded with the changed answer):
   * only for what moto cannot show, such as an ECS deployment with failed tasks.
   */
  rewrite: ((service: string, action: string, answer: string) => string) | undefined;
  /** The calls recorded since the last take, removed from the list. */
  take(): RecordedCall[];
  close(): Promise<void>;
}

// `Credential=<key>/<date>/<region>/<service>/aws4_request`
const SCOPE = /Credential=[^/]+\/\d{8}\/[^/]+\/([^/]+)\/aws4_request/;

export async function startAwsRecorder(upstream: string): Promise<AwsRecorder> {
  const calls: RecordedCall[] = [];
  const recorder = { rewrite: undefined as AwsRecorder["rewrite"] };
  const server: Server = createServer((request, reply) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks);
      void forward(upstream, request.method ?? "POST", request.url ?? "/", request.headers, body).then(
        ({ status, headers, text: answer }) => {
          let text = answer;
          let call = parse(request.headers, body.toString("utf8"), status, text);
          if (call && recorder.rewrite && status === 200) {
            text = recorder.rewrite(call.service, call.action, text);
            call = { ...call, response: text };
          }
          if (call) calls.push(call);
          reply.writeHead(status, headers);
          reply.end(text);
        },
        (error: unknown) => {
          reply.writeHead(502, { "content-type": "text/plain" });
          reply.end(`recorder: ${String(error)}`);
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(recorder, {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    take: () => calls.splice(0, calls.length),
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  });
}

async function forward(upstream: string, method: string, path: string, headers: IncomingHttpHeaders, body: Buffer) {
  const sent = new Headers();
  for (const [name, value] of Object.entries(headers)) {
    // moto does not check signatures, so the host may change under them
    if (value === undefined || ["host", "connection", "content-length"].includes(name)) continue;
    sent.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const answer = await fetch(new URL(path, upstream), {
    method,
    headers: sent,
    ...(body.length > 0 ? { body: new Uint8Array(body) } : {}),
  });
  const text = await answer.text();
  const back: Record<string, string> = {};
  answer.headers.forEach((value, name) => {
    if (!["content-length", "content-encoding", "transfer-encoding", "connection"].includes(name)) back[name] = value;
  });
  return { status: answer.status, headers: back, text };
}

function parse(headers: IncomingHttpHeaders, body: string, status: number, response: string): RecordedCall | undefined {
  const service = SCOPE.exec(String(headers.authorization ?? ""))?.[1];
  if (service === undefined) return undefined;
  const target = headers["x-amz-target"];
  if (typeof target === "string") {
    // JSON protocols (ECS, DynamoDB): `AmazonEC2ContainerServiceV20141113.DescribeServices`
    const values = body ? (JSON.parse(body) as Record<string, unknown>) : {};
    return { service, action: target.slice(target.lastIndexOf(".") + 1), params: { kind: "json", values }, status, response };
  }
  const values = new Map(new URLSearchParams(body));
  return { service, action: values.get("Action") ?? "?", params: { kind: "query", values }, status, response };
}
