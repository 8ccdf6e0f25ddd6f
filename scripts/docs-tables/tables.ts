/**
 * The tables in README.md and docs/ that list what the code defines: the commands, each command's
 * flags, and the composite actions with their inputs and outputs. They are written from the code
 * (`npm run docs:tables`) between `<!-- docs-tables:<name> -->` and `<!-- /docs-tables:<name> -->`,
 * and test/unit/docs-tables.test.ts fails when a file differs from what this module renders.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Command, Option } from "commander";
import { parse } from "yaml";
import { z } from "zod";
import { COMMANDS } from "../../src/cli/command-table.js";
import { buildProgram } from "../../src/cli/run-cli.js";
import { configSchema } from "../../src/config/schema/index.js";

/** Which generated blocks each file holds. */
export const DOC_BLOCKS: Readonly<Record<string, readonly BlockName[]>> = {
  "README.md": ["commands", "actions"],
  "docs/cli.md": ["commands", "common-flags", "command-flags"],
  "docs/action-inputs.md": ["action-inputs"],
};

export type BlockName = "commands" | "actions" | "common-flags" | "command-flags" | "action-inputs";

interface ActionInput {
  readonly name: string;
  readonly description: string;
  readonly required: boolean;
  readonly default: string | undefined;
}

interface ActionSpec {
  readonly name: string;
  readonly inputs: readonly ActionInput[];
  readonly outputs: readonly { readonly name: string; readonly description: string }[];
}

/** A table cell: one line, pipes escaped. */
function cell(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(/\|/g, "\\|");
}

function code(text: string): string {
  return `\`${text}\``;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}

function program(): Command {
  const sink = { write: () => true };
  return buildProgram({ stdout: sink, stderr: sink, env: {} }, () => undefined);
}

function optionRow(option: Option): string[] {
  return [code(option.flags), cell(option.description)];
}

/** The flags every command takes, in the order they are defined. */
function commonFlags(commands: readonly Command[]): Option[] {
  const [first, ...rest] = commands;
  if (!first) return [];
  return first.options.filter((o) => rest.every((c) => c.options.some((p) => p.flags === o.flags)));
}

export function readActions(root: string): ActionSpec[] {
  const dir = join(root, "actions");
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const doc = parse(readFileSync(join(dir, name, "action.yml"), "utf8")) as {
        inputs?: Record<string, { description?: string; required?: boolean; default?: unknown }>;
        outputs?: Record<string, { description?: string }>;
      };
      return {
        name,
        inputs: Object.entries(doc.inputs ?? {}).map(([input, spec]) => ({
          name: input,
          description: spec.description ?? "",
          required: spec.required === true,
          default: spec.default === undefined ? undefined : String(spec.default),
        })),
        outputs: Object.entries(doc.outputs ?? {}).map(([output, spec]) => ({ name: output, description: spec.description ?? "" })),
      };
    });
}

/** Every block, rendered from the code. */
export function renderBlocks(root: string): Record<BlockName, string> {
  const commands = program().commands;
  const common = commonFlags(commands);
  const actions = readActions(root);

  const commandTable = table(
    ["command", "what it does"],
    COMMANDS.map((spec) => [code(spec.name), cell(spec.load ? spec.summary : `${spec.summary} (not built yet)`)]),
  );

  const commandFlags = commands
    .map((command) => {
      const own = command.options.filter((o) => !common.some((c) => c.flags === o.flags));
      const operands = command.registeredArguments.map(
        (a) => `Operands: ${code(a.name() + (a.variadic ? "..." : ""))}, ${cell(a.description)}.`,
      );
      const body = own.length > 0 ? table(["flag", "meaning"], own.map(optionRow)) : "No flags of its own.";
      return [
        `### ${command.name()}`,
        "",
        cell(command.description()),
        "",
        ...(operands.length > 0 ? [operands.join(" "), ""] : []),
        body,
      ].join("\n");
    })
    .join("\n\n");

  const actionList = table(
    ["action", "inputs", "outputs"],
    actions.map((a) => [
      code(`actions/${a.name}`),
      a.inputs.map((i) => code(i.name)).join(", "),
      a.outputs.map((o) => code(o.name)).join(", "),
    ]),
  );

  const actionInputs = actions
    .map((a) =>
      [
        `### ${a.name}`,
        "",
        table(
          ["input", "default", "meaning"],
          a.inputs.map((i) => [
            code(i.name),
            i.required ? "required" : i.default === undefined || i.default === "" ? "(empty)" : code(i.default),
            cell(i.description),
          ]),
        ),
        "",
        table(
          ["output", "meaning"],
          a.outputs.map((o) => [code(o.name), cell(o.description)]),
        ),
      ].join("\n"),
    )
    .join("\n\n");

  return {
    commands: commandTable,
    actions: actionList,
    "common-flags": table(["flag", "meaning"], common.map(optionRow)),
    "command-flags": commandFlags,
    "action-inputs": actionInputs,
  };
}

const START = (name: string) => `<!-- docs-tables:${name} -->`;
const END = (name: string) => `<!-- /docs-tables:${name} -->`;

/**
 * The file's text with each named block replaced by its rendering. A missing or unclosed marker is
 * an error naming the file, so a block cannot silently drop out of a document.
 */
export function applyBlocks(file: string, text: string, names: readonly BlockName[], blocks: Record<BlockName, string>): string {
  let out = text;
  for (const name of names) {
    const start = out.indexOf(START(name));
    const end = out.indexOf(END(name));
    if (start < 0 || end < start) throw new Error(`${file}: the markers ${START(name)} ... ${END(name)} are missing or out of order`);
    out = `${out.slice(0, start + START(name).length)}\n\n${blocks[name]}\n\n${out.slice(end)}`;
  }
  return out;
}

/** Each documented file as it is and as the code says it should be. */
export function compareDocs(root: string): { file: string; current: string; expected: string }[] {
  const blocks = renderBlocks(root);
  return Object.entries(DOC_BLOCKS).map(([file, names]) => {
    const current = readFileSync(join(root, file), "utf8");
    return { file, current, expected: applyBlocks(file, current, names, blocks) };
  });
}

/**
 * Every key path the config schema accepts (`traffic.stickiness.duration`, `services[].type`), from
 * its JSON Schema: docs/config.md must name each one (test/unit/docs-tables.test.ts).
 */
export function configKeyPaths(): string[] {
  const schema = z.toJSONSchema(configSchema, { io: "input", unrepresentable: "any" });
  const paths = new Set<string>();
  const walk = (node: unknown, path: string): void => {
    if (typeof node !== "object" || node === null) return;
    const n = node as Record<string, unknown>;
    if (n.properties && typeof n.properties === "object") {
      for (const [key, child] of Object.entries(n.properties)) {
        const at = path ? `${path}.${key}` : key;
        paths.add(at);
        walk(child, at);
      }
    }
    for (const branch of ["anyOf", "oneOf", "allOf", "prefixItems"]) if (Array.isArray(n[branch])) for (const b of n[branch]) walk(b, path);
    if (n.items) walk(n.items, `${path}[]`);
    if (n.additionalProperties && typeof n.additionalProperties === "object") walk(n.additionalProperties, `${path}.<name>`);
  };
  walk(schema, "");
  return [...paths];
}
