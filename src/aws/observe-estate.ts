import type { Config } from "../config/schema/index.js";
import { OperationError } from "../errors.js";
import type { Host } from "../host/host.js";
import { modelEstate, type Estate } from "../traffic/estate.js";
import { AwsError } from "./aws-call.js";
import { awsSettings, connectAws, type Aws, type AwsSettings } from "./connect.js";
import { readEstate, type EstateAdapters } from "./estate-reader.js";

type Env = Readonly<Record<string, string | undefined>>;

/**
 * How every AWS command connects: settings from the config and the environment, the AWS keys it was
 * given masked before anything can print them, one set of clients sharing a call counter.
 */
export function connectForCommand(
  config: Config,
  env: Env,
  host: Pick<Host, "maskSecret">,
  connect: (settings: AwsSettings) => Aws = connectAws,
): { settings: AwsSettings; aws: Aws } {
  const settings = awsSettings(config.aws, env);
  if (settings.credentials) host.maskSecret(settings.credentials.secretAccessKey);
  if (settings.credentials?.sessionToken) host.maskSecret(settings.credentials.sessionToken);
  return { settings, aws: connect(settings) };
}

/** The estate read and modelled; an AWS failure here is "could not read the estate", nothing changed. */
export async function readModelledEstate(
  config: Config,
  aws: EstateAdapters,
  options: { readonly region: string; readonly services: readonly string[] },
): Promise<Estate> {
  try {
    return modelEstate(await readEstate(config, aws, options));
  } catch (error) {
    if (error instanceof AwsError)
      throw new OperationError(`could not read the estate: ${error.message}`, { kind: "untouched" }, { cause: error });
    throw error;
  }
}

/** Connect, read, model and close, for a command that only reads (status, verify). */
export async function observeEstate(
  config: Config,
  options: { readonly env: Env; readonly host: Host; readonly services: readonly string[] },
  connect: (settings: AwsSettings) => Aws = connectAws,
): Promise<{ estate: Estate; calls: { total: number; byAction: Record<string, number> } }> {
  const { settings, aws } = connectForCommand(config, options.env, options.host, connect);
  try {
    const estate = await readModelledEstate(config, aws, { region: settings.region, services: options.services });
    return { estate, calls: aws.calls.summary() };
  } finally {
    aws.close();
  }
}
