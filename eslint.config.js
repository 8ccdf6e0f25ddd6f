import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", ".stack/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ["**/*.{js,mjs}"], languageOptions: { globals: globals.node } },
  {
    files: ["**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // Core code never imports @actions/*: only the GitHub host may (and its Deployments API adapter).
    files: ["src/**/*.ts"],
    ignores: ["src/host/github.ts", "src/host/github-deployments/record.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@actions/*"],
              message:
                "Only the GitHub host (src/host/github.ts, src/host/github-deployments/record.ts) talks to @actions/*; use the Host interface.",
            },
          ],
        },
      ],
    },
  },
  {
    // `${VAR}` yields text, and a number or true/false from the environment must still be read as one:
    // every such config field goes through envNumber or envBoolean (src/config/schema/scalars.ts).
    files: ["src/config/schema/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.object.name='z'][callee.property.name=/^(number|boolean|int|int32|uint32|float32|float64)$/]",
          message: "Build number and true/false config fields with envNumber or envBoolean (scalars.ts), so they read values from ${VAR}.",
        },
      ],
    },
  },
  {
    // Plans are pure: no SDKs, no clients, no I/O in planning modules.
    files: [
      "src/traffic/**/*.ts",
      "src/release/**/*.ts",
      "src/deploy/**/*.ts",
      "src/config/schema/**/*.ts",
      // the Flink planner: all of it but the file loader and the git adapter
      "src/flink/sql/**/*.ts",
      "src/flink/plan/**/*.ts",
      "src/flink/pipeline/{layout,pipeline,dag}.ts",
      "src/flink/config-schema.ts",
      // the reindex plans and the arithmetic they rest on
      "src/reindex/plan-*.ts",
      "src/reindex/{blue-currency,kafka-positions,lock-decision,build-names,render-plan}.ts",
      // the flink phases' plans: what deploy, switch, rollback and cleanup do, from what was read
      "src/flink/release/**/*.ts",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@aws-sdk/*", "@elastic/*", "@opensearch-project/*", "kafkajs", "execa", "@actions/*"],
              message: "Planning modules are pure; effects belong in adapters.",
            },
            { group: ["node:fs", "node:fs/*", "node:child_process"], message: "Planning modules are pure; effects belong in adapters." },
            {
              // by path too: an adapter, the apply loop or a host module reached by a relative import is still an effect
              group: [
                "**/aws/*",
                "**/search/elasticsearch-engine*",
                "**/search/opensearch-engine*",
                "**/search/create-engine*",
                "**/search/bulk-writer*",
                "**/stream/kafka-source*",
                "**/flink/backend/**",
                "**/flink/pipeline/load-pipeline*",
                "**/flink/pipeline/git-changed-files*",
                "**/db/migrations/*",
                "**/run/*",
                "**/rollout/*",
                "**/lock/*",
                "**/host/*",
                "**/cli/*",
              ],
              message: "Planning modules import no adapter, loop or host: they get observed facts and return plans.",
            },
          ],
        },
      ],
    },
  },
);
