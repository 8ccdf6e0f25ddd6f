export const id = 797;
export const ids = [797];
export const modules = {

/***/ 40797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/traffic/step-plan.ts
var step_plan = __webpack_require__(53347);
// EXTERNAL MODULE: ./src/release/naming.ts
var naming = __webpack_require__(27161);
// EXTERNAL MODULE: ./src/release/service-selection.ts
var service_selection = __webpack_require__(78185);
;// CONCATENATED MODULE: ./src/release/release-plan.ts



function planRelease(config, options) {
    const selected = (0,service_selection/* serviceFilter */.s)(config, options.services);
    const release = options.release ?? "next";
    return {
        project: config.project,
        release,
        releaseNamed: options.release !== undefined,
        database: config.database && {
            schema: config.database.schema,
            command: config.database.prisma.command,
            safety: config.database.safety.mode,
        },
        services: config.services.filter((s) => selected(s.name)).map((s) => greenService(s, release, options.image)),
        routes: config.loadBalancers.flatMap((lb) => lb.routes.filter((r) => selected(r.service)).map((r) => routeStage(config, lb, r))),
        traffic: {
            strategy: config.traffic.strategy,
            steps: (0,step_plan/* planTrafficSteps */.k)(config.traffic),
            stickinessMs: config.traffic.stickiness?.enabled ? config.traffic.stickiness.duration : undefined,
        },
        search: (config.search?.indices ?? []).map(indexStage),
    };
}
function greenService(service, release, image) {
    switch (service.type) {
        case "ecs":
            return {
                type: "ecs",
                name: service.name,
                cluster: service.cluster,
                blue: service.service,
                green: (0,naming/* greenResourceName */.p3)(service.service, release),
                image: image ?? service.image,
                desiredCount: service.desiredCount,
                targetGroup: (0,naming/* greenTargetGroupName */.lF)(service.name, release),
            };
        case "asg":
            return {
                type: "asg",
                name: service.name,
                blue: service.autoScalingGroup,
                green: (0,naming/* greenResourceName */.p3)(service.autoScalingGroup, release),
                capacity: service.capacity === "match-blue"
                    ? "match-blue"
                    : `min ${service.capacity.min}, desired ${service.capacity.desired}, max ${service.capacity.max}`,
                targetGroup: (0,naming/* greenTargetGroupName */.lF)(service.name, release),
            };
        case "target-group":
            return { type: "target-group", name: service.name, pair: service.targetGroups, minHealthyTargets: service.minHealthyTargets };
    }
}
function describeListener(lb) {
    return "arn" in lb.listener ? lb.listener.arn : `${lb.listener.loadBalancer}:${lb.listener.port}`;
}
function describeRule(route) {
    if (route.rule === "default")
        return "default action";
    return "priority" in route.rule ? `rule priority ${route.rule.priority}` : route.rule.arn;
}
function routeStage(config, lb, route) {
    const header = config.headerRouting;
    const headerRules = header && route.headerRouting
        ? [
            { header: header.header, values: header.green, to: "green" },
            ...(header.blue.length > 0 ? [{ header: header.header, values: header.blue, to: "blue" }] : []),
        ]
        : [];
    return { loadBalancer: lb.name, listener: describeListener(lb), rule: describeRule(route), service: route.service, headerRules };
}
function indexStage(index) {
    const { read, write } = index.aliases;
    const source = index.source.type === "index"
        ? `reindex from ${index.source.index ?? `the index behind ${read}`}${index.source.script ? " with a script" : ""}`
        : `Kafka: full load from ${index.source.fullTopic}, catch-up from ${index.source.incrementalTopic}`;
    const phases = [
        {
            phase: "create",
            does: `create ${index.name}_<timestamp>${index.mappings ? ` with mappings from ${index.mappings}` : ""}, bulk-load settings`,
        },
        {
            phase: "load",
            does: index.source.type === "index"
                ? `_reindex from ${index.source.index ?? read}${index.source.script ? " (script applied)" : ""}`
                : `read ${index.source.fullTopic} from the beginning to its end offsets`,
        },
        ...(index.source.type === "kafka"
            ? [{ phase: "catch-up", does: `replay ${index.source.incrementalTopic} from the offsets taken when the load began until caught up` }]
            : []),
        {
            phase: "switch-read",
            does: index.readWeight === 100 ? `move ${read} to the new index` : `send ${index.readWeight}% of searches on ${read} to the new index`,
        },
        {
            phase: "switch-write",
            does: `move ${write} to the new index (${index.writeSwitch === "auto" ? "automatically once validation passes" : "on request"})`,
        },
        { phase: "cleanup", does: `delete the old index once it has been out of use for the retention period` },
    ];
    return { name: index.name, readAlias: read, writeAlias: write, source, phases };
}

// EXTERNAL MODULE: ./src/config/duration.ts
var duration = __webpack_require__(97840);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(88850);
;// CONCATENATED MODULE: ./src/release/render-plan.ts


function renderReleasePlan(plan) {
    const report = new report_report/* Report */.pl();
    if (!plan.releaseNamed)
        report.text("No release label given (--release or a pushed tag); names below use 'next'.");
    report.heading("1. migrate-db");
    if (plan.database) {
        report.list([
            `check the migrations beside ${plan.database.schema} for blue/green safety (${plan.database.safety})`,
            `apply them: ${plan.database.command.join(" ")} migrate deploy`,
        ]);
    }
    else
        report.text("no database section: skipped");
    report.heading("2. deploy-green");
    if (plan.services.length === 0)
        report.text("no services: skipped");
    report.table(["service", "type", "blue", "green", "details"], plan.services.map(serviceRow));
    if (plan.routes.length === 0) {
        report.heading("3-5. verify, switch-traffic, promote");
        report.text("no load balancers: skipped");
    }
    else {
        report.heading("3. verify");
        const headerRoutes = plan.routes.filter((r) => r.headerRules.length > 0);
        report.list(headerRoutes.length > 0
            ? headerRoutes.map((r) => `${r.loadBalancer} ${r.rule}: ${r.headerRules.map((h) => `${h.header}: ${h.values.join("|")} → ${h.to}`).join("; ")}`)
            : ["wait for every green target to be healthy (no header routing configured)"]);
        report.heading(`4. switch-traffic (${plan.traffic.strategy})`);
        report.table(["load balancer", "listener", "rule", "service"], plan.routes.map((r) => [r.loadBalancer, r.listener, r.rule, r.service]));
        report.list(plan.traffic.steps.map(describeStep));
        if (plan.traffic.stickinessMs !== undefined)
            report.text(`target group stickiness on the forward action: ${(0,duration/* formatDuration */.a)(plan.traffic.stickinessMs)}`);
        report.heading("5. promote");
        report.list(["green becomes the live side at 100%; header rules point at it", "blue is kept for rollback until the next release"]);
    }
    if (plan.search.length > 0) {
        report.heading("search indices (es-reindex)");
        for (const index of plan.search) {
            report.text(`${index.name}: ${index.source}; read alias ${index.readAlias}, write alias ${index.writeAlias}`);
            report.list(index.phases.map((p) => `${p.phase}: ${p.does}`));
        }
    }
    return report;
}
function serviceRow(service) {
    switch (service.type) {
        case "ecs":
            return [
                service.name,
                "ECS",
                `${service.cluster}/${service.blue}`,
                service.green,
                `target group ${service.targetGroup}; image ${service.image ?? "from --image"}; count ${service.desiredCount}`,
            ];
        case "asg":
            return [service.name, "ASG", service.blue, service.green, `target group ${service.targetGroup}; capacity ${service.capacity}`];
        case "target-group":
            return [
                service.name,
                "target groups",
                "the one with traffic",
                "the other",
                `${service.pair.join(" / ")}; ≥${service.minHealthyTargets} healthy`,
            ];
    }
}
function describeStep(step) {
    if (step.type === "set-weight")
        return `green ${step.weight}%, blue ${100 - step.weight}%`;
    const watch = step.alarms.length > 0 ? `, watching ${step.alarms.join(", ")}` : "";
    return `bake ${(0,duration/* formatDuration */.a)(step.durationMs)}${watch}`;
}

// EXTERNAL MODULE: ./src/config/field-needs.ts
var field_needs = __webpack_require__(898);
;// CONCATENATED MODULE: ./src/release/stage-variables.ts

/** The section without which a command has nothing to do here; commands not listed run on any config. */
const WORKS_ON = {
    "lint-migrations": "database",
    "migrate-db": "database",
    "deploy-green": "loadBalancers",
    verify: "verify",
    "switch-traffic": "loadBalancers",
    promote: "loadBalancers",
    rollback: "loadBalancers",
    status: "loadBalancers",
    "es-reindex": "search",
    flink: "flink",
};
/** Which commands this config gives work to: their section is there (or was left out for want of a value). */
function commandsWithWork(commands, loaded) {
    const present = (section) => {
        const value = loaded.config[section];
        return loaded.leftOut.includes(section) || (Array.isArray(value) ? value.length > 0 : value !== undefined);
    };
    return commands.filter((c) => {
        const section = WORKS_ON[c.name];
        return section === undefined || present(section);
    });
}
function stageVariables(references, commands) {
    const located = references.map((r) => ({ field: (0,field_needs/* fieldOf */._F)(r.path), variable: r.variable }));
    const needed = (command, phase) => {
        const names = located.flatMap(({ field, variable }) => field !== undefined && (0,field_needs/* stageNeeds */.Eu)({ command, phase }, field) ? [variable] : []);
        return [...new Set(names)].sort();
    };
    const out = [];
    for (const command of commands) {
        if (command.name === "plan")
            continue;
        if (!command.phases) {
            const variables = needed(command.name, undefined);
            if (variables.length > 0)
                out.push({ stage: command.name, variables });
            continue;
        }
        // phases with the same needs share a line, in the command's own order
        const groups = new Map();
        for (const phase of command.phases) {
            const variables = needed(command.name, phase);
            const key = variables.join(",");
            const group = groups.get(key);
            if (group)
                group.phases.push(phase);
            else
                groups.set(key, { phases: [phase], variables });
        }
        const only = groups.size === 1;
        for (const { phases, variables } of groups.values())
            if (variables.length > 0)
                out.push({ stage: only ? command.name : `${command.name} --phase ${phases.join("|")}`, variables });
    }
    return out;
}
/** One line per stage: `deploy-green: AWS_REGION, IMAGE`. */
function describeStageVariables(list) {
    return list.map((s) => `${s.stage}: ${s.variables.join(", ")}`);
}

// EXTERNAL MODULE: ./src/cli/command-table.ts + 1 modules
var command_table = __webpack_require__(20554);
;// CONCATENATED MODULE: ./src/cli/commands/plan/unresolved-notes.ts

/**
 * plan reads every section but connects to nothing, so in a CI job it runs without the secrets of
 * the later jobs. Each value it could not resolve becomes a note naming the runs that will need it
 * (config/field-needs.ts), so a variable missing from the job that does need it shows up before
 * that job runs.
 */
function unresolvedNotes(loaded) {
    const notes = loaded.unresolved.map(({ keyPath, variable, field }) => {
        const needers = (0,field_needs/* describeNeeders */.cj)(field);
        return `${keyPath}: ${variable} is not set here${needers.length > 0 ? `; ${needers.join(", ")} need${needers.length === 1 ? "s" : ""} it` : ""}`;
    });
    for (const section of loaded.leftOut)
        notes.push(`${section}: not planned, it cannot be checked without the values above`);
    return notes;
}

;// CONCATENATED MODULE: ./src/cli/commands/plan/index.ts





/** `cutover plan`: validate the config and show the whole release. It never changes anything. */
async function run({ settings, loaded }) {
    const plan = planRelease(loaded.config, { release: settings.release, services: settings.services, image: undefined });
    const notes = unresolvedNotes(loaded);
    const variables = stageVariables(loaded.references, commandsWithWork(command_table/* COMMANDS */.L, loaded));
    const report = renderReleasePlan(plan);
    if (variables.length > 0)
        report.heading("variables each stage needs").list(describeStageVariables(variables));
    if (notes.length > 0)
        report.heading("not set in this environment").list(notes);
    const counts = `${plan.services.length} service(s), ${plan.routes.length} route(s), ${plan.search.length} index(es)`;
    return {
        headline: `Release plan for ${plan.project} ${plan.release} (${settings.configPath}): ${counts}`,
        report,
        outputs: {},
        data: { ...plan, notes, variables },
    };
}


/***/ }),

/***/ 27161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lF: () => (/* binding */ greenTargetGroupName),
/* harmony export */   p3: () => (/* binding */ greenResourceName)
/* harmony export */ });
/* unused harmony export releaseHash */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Names for what cutover creates. Target group names allow 32 characters, so the release is
 * folded into a short hash there; the full release label always goes into the tags.
 */
function releaseHash(release) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(release).digest("hex").slice(0, 7);
}
/**
 * `<service>-<hash>`: at most 24 + 1 + 7 = 32 characters. A target group belongs to one load balancer
 * only, so a service routed on several gets one each: then the hash also covers the load balancer.
 */
function greenTargetGroupName(service, release, loadBalancer) {
    const hash = releaseHash(loadBalancer === undefined ? release : `${release}\n${loadBalancer}`);
    return `${service.slice(0, 24).replace(/-+$/, "")}-${hash}`;
}
/** ECS service and ASG names allow 255 characters: keep the release readable. */
function greenResourceName(blueName, release) {
    const slug = release.replace(/[^A-Za-z0-9-]/g, "-").slice(0, 64);
    return `${blueName.slice(0, 180)}-${slug}`;
}


/***/ }),

/***/ 78185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ serviceFilter)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/**
 * `--service` narrows a command to some services. Unknown names are bad input (exit 2), each named
 * with the services the config has. Returns the test the command applies; no names selects all.
 */
function serviceFilter(config, names) {
    const unknown = names.filter((name) => !config.services.some((s) => s.name === name));
    if (unknown.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`--service names a service that is not in the config`, unknown.map((n) => `--service: no service named '${n}' (services: ${config.services.map((s) => s.name).join(", ") || "none"})`));
    }
    return (service) => names.length === 0 || names.includes(service);
}


/***/ }),

/***/ 53347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ remainingSteps),
/* harmony export */   k: () => (/* binding */ planTrafficSteps)
/* harmony export */ });
function planTrafficSteps(traffic) {
    const weights = [];
    switch (traffic.strategy) {
        case "all-at-once":
            weights.push({ weight: 100, bakeMs: traffic.bakeTime });
            break;
        case "canary":
            for (const step of traffic.steps ?? []) {
                if (typeof step === "number")
                    weights.push({ weight: step, bakeMs: traffic.bakeTime });
                else
                    weights.push({ weight: step.weight, bakeMs: step.bake ?? traffic.bakeTime });
            }
            break;
        case "linear": {
            const increment = traffic.increment ?? 100;
            for (let w = increment; w < 100; w += increment)
                weights.push({ weight: w, bakeMs: traffic.bakeTime });
            weights.push({ weight: 100, bakeMs: traffic.bakeTime });
            break;
        }
    }
    const steps = [];
    for (const { weight, bakeMs } of weights) {
        steps.push({ type: "set-weight", weight });
        // a bake with no time and no alarms watches nothing; leave it out
        if (bakeMs > 0 || traffic.alarms.length > 0)
            steps.push({ type: "bake", durationMs: bakeMs, alarms: traffic.alarms });
    }
    return steps;
}
/** The steps still ahead when green already carries `currentWeight`. */
function remainingSteps(steps, currentWeight) {
    const firstAhead = steps.findIndex((s) => s.type === "set-weight" && s.weight > currentWeight);
    return firstAhead === -1 ? [] : steps.slice(firstAhead);
}


/***/ })

};
