/**
 * Migration checksums exactly as Prisma's schema engine computes and compares them
 * (schema-connector `checksum.rs`): sha256 of the script, lowercase hex. The comparison is
 * line-ending agnostic (git may check a file out with CRLF on one machine and LF on another), and
 * accepts the non-zero-padded hex that old engines wrote (prisma/prisma-engines#1887).
 */
import { createHash } from "node:crypto";

function digest(script: string): Buffer {
  return createHash("sha256").update(script, "utf8").digest();
}

/** The checksum Prisma records in `_prisma_migrations.checksum` for this script. */
export function checksumOf(script: string): string {
  return digest(script).toString("hex");
}

/** Whether Prisma would consider `script` unchanged against a recorded checksum. */
export function checksumMatches(script: string, recorded: string): boolean {
  const variants = [script, script.replaceAll("\r\n", "\n"), script.replaceAll("\n", "\r\n")];
  // Old engines dropped each byte's leading zero; they are recognisable by their shorter length.
  const legacy = recorded.length !== 0 && recorded.length !== 64;
  return variants.some((variant) => {
    const bytes = digest(variant);
    const rendered = legacy ? [...bytes].map((byte) => byte.toString(16)).join("") : bytes.toString("hex");
    return rendered === recorded;
  });
}
