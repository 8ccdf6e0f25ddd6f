import { z } from "zod";
import { MIN_SECRET_LENGTH } from "../limits.js";
import { passwordInUrl } from "../secrets.js";
import { DAY, duration, HOUR, list } from "./scalars.js";

/** The `database` section: the connection, the Prisma CLI, the migration linter and the session limits. */

export const databaseSchema = z.strictObject({
  /**
   * Connection string; a secret, masked in every log. Optional here because only the migrate-db
   * job receives it; ../sections.ts makes it required for the commands that use the database.
   */
  url: z
    .string()
    .max(4096, "must be at most 4096 characters")
    .regex(/^(postgres(ql)?|mysql):\/\//, "must be a postgresql:// or mysql:// connection string")
    .refine(
      (url) => (passwordInUrl(url)?.length ?? MIN_SECRET_LENGTH) >= MIN_SECRET_LENGTH,
      `its password must be at least ${MIN_SECRET_LENGTH} characters (a shorter secret would be masked all over the log)`,
    )
    .optional(),
  schema: z.string().min(1).default("prisma/schema.prisma"),
  prisma: z
    .strictObject({
      /** The Prisma CLI as an argument list (never a shell string). */
      command: list(z.string().min(1).max(1024), 32, "arguments").min(1).default(["npx", "prisma"]),
      config: z.string().min(1).optional(),
    })
    .default({ command: ["npx", "prisma"] }),
  safety: z
    .strictObject({
      /** enforce: unsafe migrations are refused (exit 3); warn: reported only; off: not checked. */
      mode: z.enum(["enforce", "warn", "off"]).default("enforce"),
      /** Rule ids or `migration/rule` pairs accepted on purpose. */
      allow: list(z.string().min(1).max(255), 1000, "entries").default([]),
    })
    .default({ mode: "enforce", allow: [] }),
  timeout: duration(DAY).default(15 * 60_000),
  /**
   * PostgreSQL session limits for the migration: a statement waiting this long for a lock fails
   * instead of queueing every query of the live release behind it. 0 leaves the server's setting.
   */
  lockTimeout: duration(HOUR).default(10_000),
  statementTimeout: duration(DAY).default(0),
});
