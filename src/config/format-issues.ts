import type { z } from "zod";
import { formatKeyPath } from "./key-path.js";

/** One line per problem, each starting with the key path: `traffic.steps[2]: must be 1..100`. */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return [...new Set(issues.flatMap((issue) => formatIssue(issue)))];
}

function formatIssue(issue: z.core.$ZodIssue): string[] {
  const where = formatKeyPath(issue.path);
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map(
        (key) => `${formatKeyPath([...issue.path, key])}: unknown key (check its spelling and the README's config reference)`,
      );
    case "invalid_type":
      return [`${where}: ${issue.input === undefined ? "is required" : issue.message.replace(/^Invalid input: /, "")}`];
    case "invalid_union": {
      if ("discriminator" in issue && issue.discriminator !== undefined) {
        // zod reports the allowed discriminator values beside the issue, not in its type
        const options = (issue as { options?: unknown[] }).options;
        return [`${where}: must be one of ${options?.map(String).join(", ") ?? "the listed types"}`];
      }
      // `10` or `{ weight: 10, bake: 48h }`: when the value has the shape of one branch only, that
      // branch's own problem says more than "must be a weight or ..."
      const shaped = issue.errors.filter((branch) => !branch.some((i) => i.code === "invalid_type" && i.path.length === 0));
      // `{ priority: abc }` has the type of two branches, but only `{ priority: N }` has nothing to say
      // against the value as a whole (`{ arn }` has other keys, 'default' is another value): its
      // problem names the key inside
      const fitting = issue.errors.filter((branch) => branch.every((i) => i.path.length > 0));
      const branch = fitting.length === 1 ? fitting[0] : shaped.length === 1 ? shaped[0] : undefined;
      if (branch !== undefined && branch.length > 0) {
        return branch.flatMap((inner) => formatIssue({ ...inner, path: [...issue.path, ...inner.path] }));
      }
      return [`${where}: ${issue.message}`];
    }
    default:
      return [`${where}: ${issue.message}`];
  }
}
