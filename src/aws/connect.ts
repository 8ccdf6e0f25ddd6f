import { AutoScalingClient } from "@aws-sdk/client-auto-scaling";
import { CloudWatchClient } from "@aws-sdk/client-cloudwatch";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { ECSClient } from "@aws-sdk/client-ecs";
import { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import type { Config } from "../config/schema/index.js";
import { InputError } from "../errors.js";
import { createAlarms, type Alarms } from "./alarms.js";
import { createAutoScalingGroups, type AutoScalingGroups } from "./auto-scaling-groups.js";
import { AwsCalls } from "./aws-call.js";
import { createContainerServices, type ContainerServices } from "./container-services.js";
import { createLoadBalancerReader, type LoadBalancerReader } from "./elb-reader.js";
import { createLoadBalancerWriter, type LoadBalancerWriter } from "./elb-writer.js";
import { createLockTable, type LockTable } from "./lock-table.js";

/** How to reach AWS: read once from the config and the environment, then passed down. */
export interface AwsSettings {
  readonly region: string;
  /** An emulator or VPC endpoint; undefined leaves the SDK's own resolution (AWS_ENDPOINT_URL_<SERVICE>). */
  readonly endpoint: string | undefined;
  readonly profile: string | undefined;
  /** Keys from the environment; undefined leaves the SDK's default chain (profile, SSO, web identity, IMDS). */
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string; readonly sessionToken?: string } | undefined;
  /** The SDK's retry: `adaptive` also slows the client down when AWS throttles it. */
  readonly retryMode: "adaptive" | "standard";
  readonly maxAttempts: number;
}

type Env = Readonly<Record<string, string | undefined>>;

const DEFAULT_MAX_ATTEMPTS = 5;

export function awsSettings(aws: Config["aws"], env: Env): AwsSettings {
  const region = aws?.region ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION);
  if (!region) throw new InputError("aws.region: is required to reach AWS (or set AWS_REGION)");
  const profile = aws?.profile ?? (env.AWS_PROFILE || undefined);
  // The SDK's own chain skips environment keys when a profile is named; so does this.
  const credentials =
    profile === undefined && env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
      ? {
          accessKeyId: env.AWS_ACCESS_KEY_ID,
          secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
          ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
        }
      : undefined;
  const attempts = Number(env.AWS_MAX_ATTEMPTS);
  return {
    region,
    endpoint: aws?.endpoint || env.AWS_ENDPOINT_URL || undefined,
    profile,
    credentials,
    retryMode: env.AWS_RETRY_MODE === "standard" ? "standard" : "adaptive",
    maxAttempts: Number.isInteger(attempts) && attempts > 0 ? attempts : DEFAULT_MAX_ATTEMPTS,
  };
}

/** Application Load Balancers: what is read, and the changes, apart. */
export interface Elb {
  readonly read: LoadBalancerReader;
  readonly write: LoadBalancerWriter;
}

/** Every AWS adapter cutover has, sharing one call counter. */
export interface Aws {
  readonly elb: Elb;
  readonly containerServices: ContainerServices;
  readonly autoScalingGroups: AutoScalingGroups;
  readonly alarms: Alarms;
  /** The release lock's DynamoDB table (config `lock.type: dynamodb`). */
  lockTable(table: string): LockTable;
  readonly calls: AwsCalls;
  /** Closes the clients' sockets. */
  close(): void;
}

export function connectAws(settings: AwsSettings, calls: AwsCalls = new AwsCalls()): Aws {
  const config = {
    region: settings.region,
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    ...(settings.profile ? { profile: settings.profile } : {}),
    ...(settings.credentials ? { credentials: settings.credentials } : {}),
    retryMode: settings.retryMode,
    maxAttempts: settings.maxAttempts,
    // never hang on a dead endpoint: the SDK's default has no request timeout at all
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
  };
  const elbv2 = new ElasticLoadBalancingV2Client(config);
  const ecs = new ECSClient(config);
  const autoScaling = new AutoScalingClient(config);
  const cloudWatch = new CloudWatchClient(config);
  const dynamoDb = new DynamoDBClient(config);
  return {
    elb: { read: createLoadBalancerReader(elbv2, calls), write: createLoadBalancerWriter(elbv2, calls) },
    containerServices: createContainerServices(ecs, calls),
    autoScalingGroups: createAutoScalingGroups(autoScaling, calls),
    alarms: createAlarms(cloudWatch, calls),
    lockTable: (table) => createLockTable(dynamoDb, calls, table),
    calls,
    close() {
      for (const client of [elbv2, ecs, autoScaling, cloudWatch, dynamoDb]) client.destroy();
    },
  };
}
