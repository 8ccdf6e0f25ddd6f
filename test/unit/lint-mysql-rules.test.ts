import { describe, expect, it } from "vitest";
import { RULES } from "../../src/db/lint/index.js";
import { lintSql, rulesOf } from "../support/lint-helpers.js";

const my = (sql: string | readonly string[]) => rulesOf(sql, { dialect: "mysql" });

const cases: Record<string, { fire: string[]; quiet: string[] }> = {
  "drop-table": { fire: ["DROP TABLE `Event`;"], quiet: ["CREATE TABLE `T` (`id` INT); DROP TABLE `t`;"] },
  "drop-column": {
    fire: ["ALTER TABLE `Event` DROP COLUMN `x`;"],
    quiet: ["CREATE TABLE `T` (`id` INT, `x` INT); ALTER TABLE `T` DROP COLUMN `x`;"],
  },
  "rename-table": {
    fire: ["RENAME TABLE `Event` TO `Happening`;", "ALTER TABLE `Event` RENAME TO `Happening`;"],
    quiet: ["CREATE TABLE `T` (`id` INT); RENAME TABLE `T` TO `U`;"],
  },
  "rename-column": {
    fire: ["ALTER TABLE `Event` RENAME COLUMN `name` TO `title`;", "ALTER TABLE `Event` CHANGE `name` `title` VARCHAR(191) NOT NULL;"],
    quiet: ["ALTER TABLE `Event` CHANGE `name` `NAME` VARCHAR(191) NOT NULL;"],
  },
  "change-column-type": {
    fire: [
      "ALTER TABLE `Event` MODIFY `name` VARCHAR(50) NOT NULL;",
      "ALTER TABLE `Event` CHANGE `name` `name` TEXT;",
      "ALTER TABLE `Market` MODIFY `status` ENUM('OPEN', 'CLOSED', 'PAUSED') NOT NULL DEFAULT 'OPEN';",
    ],
    quiet: ["ALTER TABLE `Event` ADD COLUMN `note` TEXT NULL;"],
  },
  "add-column-not-null-without-default": {
    fire: ["ALTER TABLE `Market` ADD COLUMN `currency` VARCHAR(3) NOT NULL;"],
    quiet: [
      "ALTER TABLE `Market` ADD COLUMN `currency` VARCHAR(3) NOT NULL DEFAULT 'EUR';",
      "ALTER TABLE `Market` ADD COLUMN `note` TEXT NULL;",
      "ALTER TABLE `Market` ADD COLUMN `at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3);",
    ],
  },
  "volatile-default": {
    fire: [
      "ALTER TABLE `Market` ADD COLUMN `u` VARCHAR(36) NOT NULL DEFAULT (UUID());",
      "ALTER TABLE `Market` ADD COLUMN `g` INT AS (`id` * 2) STORED;",
    ],
    quiet: [
      "ALTER TABLE `Market` ADD COLUMN `g` INT AS (`id` * 2) VIRTUAL;",
      "CREATE TABLE `T` (`u` VARCHAR(36) NOT NULL DEFAULT (UUID()));",
    ],
  },
  "truncate-table": { fire: ["TRUNCATE TABLE `Event`;"], quiet: ["CREATE TABLE `T` (`id` INT); TRUNCATE TABLE `T`;"] },
  "lock-table": { fire: ["LOCK TABLES `Event` WRITE;"], quiet: ["SELECT 1;"] },
  "update-without-where": {
    fire: ["UPDATE `Market` SET `status` = 'OPEN';"],
    quiet: ["UPDATE `Market` SET `status` = 'OPEN' WHERE `id` < 1000;"],
  },
  "delete-without-where": { fire: ["DELETE FROM `Market`;"], quiet: ["DELETE FROM `Market` WHERE `id` = 1;"] },
  "mysql-online-ddl": {
    fire: [
      "ALTER TABLE `Event` ADD CONSTRAINT `Event_sportId_fkey` FOREIGN KEY (`sportId`) REFERENCES `Sport`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;",
      "ALTER TABLE `Event` ADD PRIMARY KEY (`id`);",
      "ALTER TABLE `Event` DROP PRIMARY KEY;",
      "ALTER TABLE `Event` ADD FULLTEXT INDEX `ft` (`name`);",
      "ALTER TABLE `Event` ADD COLUMN `x` INT NULL, ALGORITHM=COPY;",
      "ALTER TABLE `Event` ENGINE=InnoDB;",
    ],
    quiet: [
      "ALTER TABLE `Event` ADD PRIMARY KEY (`id`), ALGORITHM=INPLACE, LOCK=NONE;",
      "CREATE TABLE `T` (`id` INT, `e` INT); ALTER TABLE `T` ADD CONSTRAINT `T_e_fkey` FOREIGN KEY (`e`) REFERENCES `Event`(`id`);",
      "ALTER TABLE `Event` ADD COLUMN `x` INT NULL, ALGORITHM=INSTANT;",
    ],
  },
  "mysql-index-without-lock-none": {
    fire: [
      "CREATE INDEX `i` ON `Event`(`name`);",
      "ALTER TABLE `Event` ADD INDEX `i` (`name`);",
      "CREATE UNIQUE INDEX `u` ON `Event`(`name`);",
    ],
    quiet: [
      "CREATE INDEX `i` ON `Event`(`name`) ALGORITHM=INPLACE LOCK=NONE;",
      "ALTER TABLE `Event` ADD INDEX `i` (`name`), ALGORITHM=INPLACE, LOCK=NONE;",
      "CREATE TABLE `T` (`id` INT); CREATE INDEX `T_id` ON `T`(`id`);",
    ],
  },
};

describe("MySQL rules", () => {
  it("every MySQL rule (except opt-out and blue rules) has cases here", () => {
    const missing = RULES.filter((r) => (r.dialects as readonly string[]).includes("mysql"))
      .map((r) => r.id)
      .filter((id) => !id.startsWith("allow-") && id !== "blue-insert-misses-column" && !(id in cases));
    expect(missing).toEqual([]);
  });

  for (const [rule, { fire, quiet }] of Object.entries(cases)) {
    it.each(fire)(`${rule} fires on %s`, async (sql) => {
      expect(await my(sql)).toContain(rule);
    });
    it.each(quiet)(`${rule} stays quiet on %s`, async (sql) => {
      expect(await my(sql)).not.toContain(rule);
    });
  }

  it("names the algorithm MySQL uses and the online clause instead", async () => {
    const result = await lintSql("ALTER TABLE `Event` DROP PRIMARY KEY;", { dialect: "mysql" });
    expect(result.findings[0]?.message).toContain("ALGORITHM=COPY");
    expect(result.findings[0]?.instead).toContain("ALGORITHM=INPLACE, LOCK=NONE");
    expect(result.findings[0]?.instead).toContain("gh-ost");
  });

  it("MODIFY warns that an omitted NOT NULL / DEFAULT is dropped", async () => {
    const result = await lintSql("ALTER TABLE `Event` MODIFY `name` VARCHAR(50);", { dialect: "mysql" });
    expect(result.findings[0]?.message).toContain("silently dropped");
  });

  it("an index without the online clause is a warning, not an error", async () => {
    const result = await lintSql("CREATE INDEX `i` ON `Event`(`name`);", { dialect: "mysql" });
    expect(result.findings.map((f) => f.severity)).toEqual(["warning"]);
  });

  it("new tables are tracked case-insensitively across pending migrations", async () => {
    expect(
      await my(["CREATE TABLE `Thing` (`id` INT);", "ALTER TABLE `thing` ADD COLUMN `x` INT NOT NULL; CREATE INDEX `i` ON `THING`(`x`);"]),
    ).toEqual([]);
  });

  it("Prisma's MySQL CREATE TABLE / index / foreign key for a new table give no findings", async () => {
    const sql = [
      "-- CreateTable",
      "CREATE TABLE `Sport` (",
      "    `id` INTEGER NOT NULL AUTO_INCREMENT,",
      "    `key` VARCHAR(191) NOT NULL,",
      "    UNIQUE INDEX `Sport_key_key`(`key`),",
      "    PRIMARY KEY (`id`)",
      ") DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
      "",
      "-- CreateTable",
      "CREATE TABLE `Event` (",
      "    `id` INTEGER NOT NULL AUTO_INCREMENT,",
      "    `sportId` INTEGER NOT NULL,",
      "    `startsAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),",
      "    INDEX `Event_sportId_idx`(`sportId`),",
      "    PRIMARY KEY (`id`)",
      ") DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
      "",
      "-- CreateIndex",
      "CREATE INDEX `Event_startsAt_idx` ON `Event`(`startsAt`);",
      "",
      "-- AddForeignKey",
      "ALTER TABLE `Event` ADD CONSTRAINT `Event_sportId_fkey` FOREIGN KEY (`sportId`) REFERENCES `Sport`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;",
    ].join("\n");
    const result = await lintSql(sql, { dialect: "mysql" });
    expect(result.findings).toEqual([]);
    expect(result.statements).toBe(4);
  });
});
