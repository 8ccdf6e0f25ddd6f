import type { Host, HostKind } from "./host.js";
import { JenkinsHost } from "./jenkins.js";
import { LocalHost, type ConsoleIo } from "./local.js";

export function detectHostKind(env: Readonly<Record<string, string | undefined>>): HostKind {
  const forced = env.CUTOVER_HOST;
  if (forced === "github" || forced === "jenkins" || forced === "local") return forced;
  if (env.GITHUB_ACTIONS === "true") return "github";
  if (env.JENKINS_URL && (env.BUILD_ID || env.BUILD_NUMBER)) return "jenkins";
  return "local";
}

/** The GitHub host pulls in @actions/core, so it is loaded only when running on GitHub. */
export async function createHost(kind: HostKind, io: ConsoleIo, command: string): Promise<Host> {
  switch (kind) {
    case "github": {
      const { GitHubHost } = await import("./github.js");
      return new GitHubHost(io);
    }
    case "jenkins":
      return new JenkinsHost(io, command);
    case "local":
      return new LocalHost(io);
  }
}
