/**
 * create: the new index beside blue, with the configured mappings and bulk-load settings. The build
 * is recorded in the run state before the index is made, so a rerun after a crash finishes this
 * build instead of starting another.
 */
import { RefusedError } from "../errors.js";
import { Report } from "../report/report.js";
import { observeIndex } from "./observe.js";
import { describeAliasAction } from "./plan-aliases.js";
import { planCreate } from "./plan-create.js";
import { hasDone, markDone, type BuildState } from "./reindex-state.js";
import { newIndexBody } from "./index-body.js";
import type { PhaseContext, PhaseOutcome } from "./phase-context.js";

export async function runCreate(ctx: PhaseContext): Promise<PhaseOutcome> {
  const { engine, store, config } = ctx;
  const observed = await observeIndex(engine, config);
  const plan = planCreate(observed, store.build, ctx.now());
  const report = new Report();

  if (plan.kind === "continue" && hasDone(plan.build, "create")) {
    return {
      phase: "create",
      headline: `create: nothing to do, ${plan.reason}`,
      changed: false,
      report: report.list([`green ${plan.build.green}, blue ${plan.build.blue ?? "(none: first build)"}`]),
      data: { green: plan.build.green, blue: plan.build.blue ?? null, created: false },
    };
  }

  let build: BuildState;
  const actions: string[] = [];
  if (plan.kind === "new") {
    if (plan.supersedes) ctx.log.info(`create: a new build, as ${plan.supersedes}`);
    const sourceIndex = config.source.type === "index" ? (config.source.index ?? plan.blue) : undefined;
    if (config.source.type === "index" && !sourceIndex) {
      throw new RefusedError(`index '${config.name}' has no index to copy from`, [
        `neither source.index is set nor does '${config.aliases.read}' or '${config.aliases.write}' point at an index`,
      ]);
    }
    const created: BuildState = {
      green: plan.green,
      createdAt: ctx.now().toISOString(),
      blue: plan.blue,
      source: config.source.type,
      ...(sourceIndex ? { sourceIndex } : {}),
      done: [],
      kafka: {},
    };
    await store.update((state) => ({ ...state, build: created }));
    build = created;
    if (plan.pair.actions.length > 0) {
      // first run on a plain alias or a bare index: the pair joins blue, the old name keeps working
      await engine.updateAliases(plan.pair.actions);
      actions.push(...plan.pair.actions.map(describeAliasAction));
    }
  } else build = plan.build;

  if (!(await engine.exists(build.green))) {
    const body = await newIndexBody(config, ctx.configPath);
    await engine.createIndex(build.green, body);
    actions.push(`create index ${build.green} (refresh off, no replicas while loading)`);
  }
  build = await store.updateBuild((b) => markDone(b, "create"));
  for (const line of actions) ctx.log.info(`create: ${line}`);
  report.list([
    `green ${build.green}, blue ${build.blue ?? "(none: first build)"}`,
    ...(build.sourceIndex ? [`source index ${build.sourceIndex}`] : []),
    ...actions,
  ]);
  return {
    phase: "create",
    headline: `create: ${build.green} created beside ${build.blue ?? "no blue (first build)"}`,
    changed: true,
    report,
    data: { green: build.green, blue: build.blue ?? null, created: true, actions },
  };
}
