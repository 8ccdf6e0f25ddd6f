import { createHash } from "node:crypto";

/**
 * Names for what cutover creates. Target group names allow 32 characters, so the release is
 * folded into a short hash there; the full release label always goes into the tags.
 */

export function releaseHash(release: string): string {
  return createHash("sha256").update(release).digest("hex").slice(0, 7);
}

/**
 * `<service>-<hash>`: at most 24 + 1 + 7 = 32 characters. A target group belongs to one load balancer
 * only, so a service routed on several gets one each: then the hash also covers the load balancer.
 */
export function greenTargetGroupName(service: string, release: string, loadBalancer?: string): string {
  const hash = releaseHash(loadBalancer === undefined ? release : `${release}\n${loadBalancer}`);
  return `${service.slice(0, 24).replace(/-+$/, "")}-${hash}`;
}

/** ECS service and ASG names allow 255 characters: keep the release readable. */
export function greenResourceName(blueName: string, release: string): string {
  const slug = release.replace(/[^A-Za-z0-9-]/g, "-").slice(0, 64);
  return `${blueName.slice(0, 180)}-${slug}`;
}
