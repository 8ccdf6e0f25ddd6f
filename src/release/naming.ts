import { createHash } from "node:crypto";

/**
 * Names for what cutover creates. Target group names allow 32 characters, so the release is
 * folded into a short hash there; the full release label always goes into the tags.
 */

export function releaseHash(release: string): string {
  return createHash("sha256").update(release).digest("hex").slice(0, 7);
}

/** `<service>-<hash>`: at most 24 + 1 + 7 = 32 characters. */
export function greenTargetGroupName(service: string, release: string): string {
  return `${service.slice(0, 24).replace(/-+$/, "")}-${releaseHash(release)}`;
}

/** ECS service and ASG names allow 255 characters: keep the release readable. */
export function greenResourceName(blueName: string, release: string): string {
  const slug = release.replace(/[^A-Za-z0-9-]/g, "-").slice(0, 64);
  return `${blueName.slice(0, 180)}-${slug}`;
}
