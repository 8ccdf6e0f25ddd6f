import { BUILT_AWS_COMMANDS } from "../../../aws/iam-actions.js";
import { iamPolicy, POLICY_COMMANDS } from "../../../aws/iam-policy.js";
import { InputError } from "../../../errors.js";
import { Report } from "../../../report/report.js";
import { COMMANDS } from "../../command-table.js";
import type { CommandContext, CommandResult } from "../../command.js";

/**
 * `cutover iam-policy [--command C]`: the IAM policy document the config's commands need, scoped to
 * the load balancers, services, groups, alarms and lock table it names. Connects to nothing.
 */
export async function run({ settings, loaded, host }: CommandContext): Promise<CommandResult> {
  const config = loaded.config;
  const only = settings.forCommand;
  if (only !== undefined && !COMMANDS.some((c) => c.name === only))
    throw new InputError(`iam-policy: unknown command '${only}'`, [
      `--command (input 'command'): '${only}' must be one of ${COMMANDS.map((c) => c.name).join(", ")}`,
    ]);
  const commands = only === undefined ? POLICY_COMMANDS : POLICY_COMMANDS.filter((c) => c === only);
  const { document: policy, notes, warnings } = iamPolicy(config, commands);
  for (const warning of warnings) host.log.warn(`iam-policy: ${warning}`);
  const json = JSON.stringify(policy, null, 2);
  const designed = commands.filter((c) => !(BUILT_AWS_COMMANDS as readonly string[]).includes(c));

  const report = new Report();
  if (commands.length === 0) report.text(`'${only}' calls no AWS API: it needs no AWS permissions.`);
  else {
    report.code(json);
    if (notes.length > 0) report.heading("Notes").list(notes.map((n) => `${n.sid}${n.action ? ` ${n.action}` : ""}: ${n.text}`));
    if (warnings.length > 0) report.heading("Not granted").list(warnings);
    if (designed.length > 0)
      report.text(`${designed.join(", ")}: not built yet; their permissions are those their design needs and may still change.`);
  }
  const statements = policy.Statement.length;
  return {
    headline:
      commands.length === 0
        ? `iam-policy: '${only}' needs no AWS permissions`
        : `iam-policy for ${config.project}${only ? ` (${only})` : ""}: ${statements} statement(s), lock ${config.lock.type}`,
    report,
    outputs: { policy: JSON.stringify(policy) },
    data: policy,
  };
}
