import type { Config } from "../config/schema.js";
import { OperationError } from "../errors.js";
import type { Host } from "../host/host.js";
import { modelEstate, type Estate } from "../traffic/estate.js";
import { AwsError } from "./aws-call.js";
import { awsSettings, connectAws, type Aws } from "./connect.js";
import { readEstate } from "./estate-reader.js";

/**
 * Reads the estate from AWS and models it, for any command: masks the AWS keys it was given, counts
 * the calls, closes the clients, and turns an AWS failure into "could not read the estate" with
 * nothing changed.
 */
export async function observeEstate(
  config: Config,
  options: { readonly env: Readonly<Record<string, string | undefined>>; readonly host: Host; readonly services: readonly string[] },
  connect: (settings: ReturnType<typeof awsSettings>) => Aws = connectAws,
): Promise<{ estate: Estate; calls: { total: number; byAction: Record<string, number> } }> {
  const settings = awsSettings(config.aws, options.env);
  if (settings.credentials) options.host.maskSecret(settings.credentials.secretAccessKey);
  if (settings.credentials?.sessionToken) options.host.maskSecret(settings.credentials.sessionToken);
  const aws = connect(settings);
  try {
    const estate = modelEstate(await readEstate(config, aws, { region: settings.region, services: options.services }));
    return { estate, calls: aws.calls.summary() };
  } catch (error) {
    if (error instanceof AwsError)
      throw new OperationError(`could not read the estate: ${error.message}`, { kind: "untouched" }, { cause: error });
    throw error;
  } finally {
    aws.close();
  }
}
