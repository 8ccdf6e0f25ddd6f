import type { z } from "zod";
import { formatKeyPath } from "./key-path.js";

/** One line per problem, each starting with the key path: `traffic.steps[2]: must be 1..100`. */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  const lines = issues.flatMap((issue) => {
    const where = formatKeyPath(issue.path);
    switch (issue.code) {
      case "unrecognized_keys":
        return issue.keys.map(
          (key) => `${formatKeyPath([...issue.path, key])}: unknown key (check its spelling and the README's config reference)`,
        );
      case "invalid_type":
        return [`${where}: ${issue.input === undefined ? "is required" : issue.message.replace(/^Invalid input: /, "")}`];
      case "invalid_union":
        if ("discriminator" in issue && issue.discriminator !== undefined) {
          // zod reports the allowed discriminator values beside the issue, not in its type
          const options = (issue as { options?: unknown[] }).options;
          return [`${where}: must be one of ${options?.map(String).join(", ") ?? "the listed types"}`];
        }
        return [`${where}: ${issue.message}`];
      default:
        return [`${where}: ${issue.message}`];
    }
  });
  return [...new Set(lines)];
}
