export const id = 45;
export const ids = [45];
export const modules = {

/***/ 6045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

;// CONCATENATED MODULE: ./src/aws/iam-actions.ts
/**
 * The IAM actions behind every AWS adapter method, and the adapter methods behind every command.
 * The policy `cutover iam-policy` prints is computed from these two tables and nothing else; tests
 * hold them to the code: every adapter method has a row (test/unit/iam-policy.test.ts creates
 * each adapter and compares its methods), every action an adapter file passes to callAws appears in
 * its rows, and every call a command makes against moto is allowed by that command's policy
 * (test/integration/iam-policy.test.ts).
 */
const g = (action, on, implied) => (implied ? { action, on, implied } : { action, on });
const elb = (action, on = "any") => g(`elasticloadbalancing:${action}`, on);
const ecs = (action, on = "any") => g(`ecs:${action}`, on);
const asg = (action, on = "any") => g(`autoscaling:${action}`, on);
/** Adapter → method → grants. One row per method of each interface in src/aws/connect.ts's Aws (`elb.read` and `elb.write` are elbRead and elbWrite). */
const ADAPTER_GRANTS = {
    elbRead: {
        loadBalancersByName: [elb("DescribeLoadBalancers")],
        loadBalancersByArn: [elb("DescribeLoadBalancers")],
        listeners: [elb("DescribeListeners")],
        listenersByArn: [elb("DescribeListeners")],
        rules: [elb("DescribeRules")],
        targetGroupsByName: [elb("DescribeTargetGroups")],
        targetGroupsByArn: [elb("DescribeTargetGroups")],
        targetHealth: [elb("DescribeTargetHealth")],
        tags: [elb("DescribeTags")],
        rulesByArn: [elb("DescribeRules")],
        readForwards: [elb("DescribeListeners"), elb("DescribeRules")],
    },
    elbWrite: {
        createRule: [elb("CreateRule", "elb-listeners"), g("elasticloadbalancing:AddTags", "elb-rules", true)],
        modifyRule: [elb("ModifyRule", "elb-rules")],
        setRulePriorities: [elb("SetRulePriorities", "elb-rules")],
        addTags: [elb("AddTags", "elb-tagged")],
        removeTags: [elb("RemoveTags", "elb-tagged")],
        createTargetGroup: [
            elb("CreateTargetGroup", "elb-green-target-groups"),
            g("elasticloadbalancing:AddTags", "elb-green-target-groups", true),
        ],
        deleteTargetGroup: [elb("DeleteTargetGroup", "elb-green-target-groups")],
        deleteRule: [elb("DeleteRule", "elb-rules")],
        writeForward: [elb("ModifyListener", "elb-listeners"), elb("ModifyRule", "elb-rules")],
    },
    containerServices: {
        services: [ecs("DescribeServices", "ecs-services")],
        serviceSpecs: [ecs("DescribeServices", "ecs-services")],
        taskDefinition: [ecs("DescribeTaskDefinition")],
        registerTaskDefinition: [
            ecs("RegisterTaskDefinition"),
            g("ecs:TagResource", "ecs-task-definitions", true),
            g("iam:PassRole", "pass-role-ecs-tasks", true),
        ],
        createService: [ecs("CreateService", "ecs-services"), g("ecs:TagResource", "ecs-services", true)],
        scaleService: [ecs("UpdateService", "ecs-services")],
        deleteService: [ecs("DeleteService", "ecs-services")],
        stoppedTasks: [ecs("ListTasks"), ecs("DescribeTasks", "ecs-tasks")],
    },
    autoScalingGroups: {
        groups: [asg("DescribeAutoScalingGroups")],
        groupSpecs: [asg("DescribeAutoScalingGroups")],
        createGroup: [
            asg("CreateAutoScalingGroup", "asg-groups"),
            g("autoscaling:CreateOrUpdateTags", "asg-groups", true),
            g("ec2:RunInstances", "any", true),
            g("ec2:CreateTags", "any", true),
            g("iam:PassRole", "pass-role-ec2", true),
        ],
        scaleToZero: [asg("UpdateAutoScalingGroup", "asg-groups")],
        deleteGroup: [asg("DeleteAutoScalingGroup", "asg-groups")],
        activities: [asg("DescribeScalingActivities")],
    },
    alarms: {
        states: [g("cloudwatch:DescribeAlarms", "cloudwatch-alarms")],
    },
    lockTable: {
        get: [g("dynamodb:GetItem", "dynamodb-lock-table")],
        putIf: [g("dynamodb:PutItem", "dynamodb-lock-table")],
        deleteIf: [g("dynamodb:DeleteItem", "dynamodb-lock-table")],
    },
};
// ---------------------------------------------------------------- what each command calls
/** readEstate (status, verify, and the start of every traffic command). */
const READ_ESTATE = [
    "elbRead.loadBalancersByName",
    "elbRead.loadBalancersByArn",
    "elbRead.listeners",
    "elbRead.listenersByArn",
    "elbRead.rules",
    "elbRead.targetGroupsByName",
    "elbRead.targetGroupsByArn",
    "elbRead.targetHealth",
    "elbRead.tags",
    "containerServices.services",
    "autoScalingGroups.groups",
    "alarms.states",
];
/** ensureHeaderRules. */
const HEADER_RULES = [
    "elbRead.rulesByArn",
    "elbRead.tags",
    "elbWrite.deleteRule",
    "elbWrite.removeTags",
    "elbWrite.createRule",
    "elbWrite.modifyRule",
    "elbWrite.setRulePriorities",
    "elbWrite.addTags",
];
/** The ready probe and the health checks between traffic steps. */
const HEALTH = [
    "elbRead.targetHealth",
    "containerServices.services",
    "containerServices.stoppedTasks",
    "autoScalingGroups.groups",
    "autoScalingGroups.activities",
];
/** Moving weights: one read of every route, then one write per route per step. */
const WEIGHTS = ["elbRead.readForwards", "elbWrite.writeForward"];
/** Retiring a green (rollback --destroy-green) or an old blue (promote --cleanup). */
const RETIRE = [
    "containerServices.scaleService",
    "autoScalingGroups.scaleToZero",
    "containerServices.deleteService",
    "autoScalingGroups.deleteGroup",
    "elbWrite.deleteTargetGroup",
];
/**
 * The adapter methods each command calls, besides the release lock's (added from `lock.type` by
 * iam-policy.ts for LOCKING_COMMANDS). Commands that connect to no AWS API are absent. switch-traffic,
 * promote and rollback are not built yet: their rows are the methods their design needs
 * (issue 7), to be held to the code by the same moto test once they are.
 */
const COMMAND_METHODS = {
    "deploy-green": [
        ...READ_ESTATE,
        // the green's facts and its creation
        "containerServices.serviceSpecs",
        "containerServices.taskDefinition",
        "containerServices.registerTaskDefinition",
        "containerServices.createService",
        "autoScalingGroups.groupSpecs",
        "autoScalingGroups.createGroup",
        "elbWrite.createTargetGroup",
        "elbRead.readForwards",
        "elbWrite.writeForward",
        ...HEADER_RULES,
        ...HEALTH,
        // --replace-green deletes a stale green
        ...RETIRE,
    ],
    verify: [...READ_ESTATE, "elbRead.rulesByArn"],
    status: READ_ESTATE,
    "switch-traffic": [...READ_ESTATE, ...WEIGHTS, ...HEALTH],
    promote: [...READ_ESTATE, ...WEIGHTS, ...HEADER_RULES, ...HEALTH, ...RETIRE],
    rollback: [...READ_ESTATE, ...WEIGHTS, ...HEADER_RULES, ...RETIRE],
};
/** Built: held to the code by the moto test. The others' rows are the design's. */
const BUILT_AWS_COMMANDS = ["deploy-green", "verify", "status", "switch-traffic", "promote", "rollback"];
/** The commands that take the release lock (rollback takes it over). */
const LOCKING_COMMANDS = ["deploy-green", "switch-traffic", "promote", "rollback"];
const LOCK_METHODS = {
    dynamodb: ["lockTable.get", "lockTable.putIf", "lockTable.deleteIf"],
    tags: ["elbRead.loadBalancersByName", "elbRead.tags", "elbWrite.addTags", "elbWrite.removeTags"],
};
function grantsOf(method) {
    const [adapter, name] = method.split(".");
    return ADAPTER_GRANTS[adapter][name] ?? [];
}

// EXTERNAL MODULE: ./src/release/naming.ts
var naming = __webpack_require__(27161);
;// CONCATENATED MODULE: ./src/aws/iam-policy.ts


/** The commands whose policies `iam-policy` without --command merges. */
const POLICY_COMMANDS = Object.keys(COMMAND_METHODS);
/** Every grant the command needs with this config (its lock included). */
function commandGrants(config, command) {
    const methods = [...(COMMAND_METHODS[command] ?? []), ...(LOCKING_COMMANDS.includes(command) ? LOCK_METHODS[config.lock.type] : [])];
    return methods.flatMap(grantsOf).filter((grant) => serviceInUse(config, grant));
}
function iamPolicy(config, commands = POLICY_COMMANDS) {
    const arns = arnParts(config);
    const byScope = new Map();
    for (const grant of commands.flatMap((command) => commandGrants(config, command))) {
        const actions = byScope.get(grant.on) ?? new Set();
        actions.add(grant.action);
        byScope.set(grant.on, actions);
    }
    const statements = [];
    for (const [scope, actions] of [...byScope].sort(([a], [b]) => a.localeCompare(b))) {
        const resolved = resources(scope, config, arns);
        // nothing of that kind in the config (no alarms, no ECS service): nothing to allow
        if (resolved.resources.length === 0)
            continue;
        statements.push({
            Sid: sid(scope),
            Effect: "Allow",
            Action: [...actions].sort(),
            Resource: [...new Set(resolved.resources)].sort(),
            ...(resolved.condition ? { Condition: resolved.condition } : {}),
        });
    }
    return { Version: "2012-10-17", Statement: statements };
}
/** An ECS action is needed only with an ECS service in the config; likewise ASG, alarms, the table. */
function serviceInUse(config, grant) {
    const has = (type) => config.services.some((s) => s.type === type);
    switch (grant.action.split(":")[0]) {
        case "ecs":
            return has("ecs");
        case "autoscaling":
        case "ec2":
            return has("asg");
        case "cloudwatch":
            return config.traffic.alarms.length > 0;
        case "dynamodb":
            return config.lock.type === "dynamodb";
        default:
            return true;
    }
}
/** Account and partition from any ARN the config holds; `*` when it holds none. */
function arnParts(config) {
    const listenerArns = config.loadBalancers.flatMap((lb) => ("arn" in lb.listener ? [lb.listener.arn] : []));
    const routeArns = config.loadBalancers.flatMap((lb) => lb.routes.flatMap((r) => (typeof r.rule === "object" && "arn" in r.rule ? [r.rule.arn] : [])));
    const tgArns = config.services.flatMap((s) => (s.type === "target-group" ? s.targetGroups.filter((t) => t.startsWith("arn:")) : []));
    const any = [...listenerArns, ...routeArns, ...tgArns][0]?.split(":");
    return {
        partition: any?.[1] ?? "aws",
        region: config.aws?.region ?? any?.[3] ?? "*",
        account: any?.[4] ?? "*",
        loadBalancers: [
            ...new Set(config.loadBalancers.map((lb) => "loadBalancer" in lb.listener ? lb.listener.loadBalancer : (/:listener\/app\/([^/]+)\//.exec(lb.listener.arn)?.[1] ?? "*"))),
        ].sort(),
    };
}
function resources(scope, config, { partition, region, account, loadBalancers }) {
    const arn = (service, resource, accountPart = account, regionPart = region) => `arn:${partition}:${service}:${regionPart}:${accountPart}:${resource}`;
    const elb = (kind) => loadBalancers.map((name) => arn("elasticloadbalancing", `${kind}/app/${name}/*`));
    // greenTargetGroupName is `<service prefix>-<hash>`: everything before the hash names them all
    const greenTargetGroups = config.services
        .filter((s) => s.type !== "target-group")
        .map((s) => {
        const name = (0,naming/* greenTargetGroupName */.lF)(s.name, "release");
        return arn("elasticloadbalancing", `targetgroup/${name.slice(0, name.lastIndexOf("-"))}-*`);
    });
    const ecsServices = config.services.flatMap((s) => (s.type === "ecs" ? [s] : []));
    const passRole = (service) => ({
        resources: [arn("iam", "role/*", account, "")],
        condition: { StringEquals: { "iam:PassedToService": service } },
    });
    switch (scope) {
        case "any":
            return { resources: ["*"] };
        case "elb-listeners":
            return { resources: elb("listener") };
        case "elb-rules":
            return { resources: elb("listener-rule") };
        case "elb-load-balancers":
            return { resources: elb("loadbalancer") };
        case "elb-green-target-groups":
            return { resources: greenTargetGroups };
        case "elb-tagged":
            return { resources: [...elb("loadbalancer"), ...elb("listener-rule"), ...greenTargetGroups] };
        case "ecs-services":
            // the green service is `<blue service>-<release>`: the blue name with a wildcard covers both
            return { resources: ecsServices.map((s) => arn("ecs", `service/${s.cluster}/${s.service}*`)) };
        case "ecs-tasks":
            return { resources: [...new Set(ecsServices.map((s) => arn("ecs", `task/${s.cluster}/*`)))] };
        case "ecs-task-definitions":
            // the family is blue's, read from AWS rather than the config
            return { resources: ecsServices.length > 0 ? [arn("ecs", "task-definition/*")] : [] };
        case "asg-groups":
            return {
                resources: config.services.flatMap((s) => s.type === "asg" ? [arn("autoscaling", `autoScalingGroup:*:autoScalingGroupName/${s.autoScalingGroup}*`)] : []),
            };
        case "cloudwatch-alarms":
            return { resources: config.traffic.alarms.map((name) => arn("cloudwatch", `alarm:${name}`)) };
        case "dynamodb-lock-table":
            if (config.lock.type !== "dynamodb")
                return { resources: [] };
            return {
                resources: [arn("dynamodb", `table/${config.lock.table}`)],
                // only this project's item: another project's lock in the same table stays out of reach
                condition: { "ForAllValues:StringEquals": { "dynamodb:LeadingKeys": [`cutover:${config.project}`] } },
            };
        case "pass-role-ecs-tasks":
            return passRole("ecs-tasks.amazonaws.com");
        case "pass-role-ec2":
            return passRole("ec2.amazonaws.com");
    }
}
/** `elb-listeners` → `ElbListeners`: IAM statement ids are alphanumeric. */
function sid(scope) {
    return scope
        .split("-")
        .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
        .join("");
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(88850);
// EXTERNAL MODULE: ./src/cli/command-table.ts + 1 modules
var command_table = __webpack_require__(20554);
;// CONCATENATED MODULE: ./src/cli/commands/iam-policy/index.ts





/**
 * `cutover iam-policy [--command C]`: the IAM policy document the config's commands need, scoped to
 * the load balancers, services, groups, alarms and lock table it names. Connects to nothing.
 */
async function run({ settings, loaded }) {
    const config = loaded.config;
    const only = settings.forCommand;
    if (only !== undefined && !command_table/* COMMANDS */.L.some((c) => c.name === only))
        throw new errors/* InputError */.dz(`iam-policy: unknown command '${only}'`, [
            `--command (input 'command'): '${only}' must be one of ${command_table/* COMMANDS */.L.map((c) => c.name).join(", ")}`,
        ]);
    const commands = only === undefined ? POLICY_COMMANDS : POLICY_COMMANDS.filter((c) => c === only);
    const policy = iamPolicy(config, commands);
    const json = JSON.stringify(policy, null, 2);
    const designed = commands.filter((c) => !BUILT_AWS_COMMANDS.includes(c));
    const report = new report_report/* Report */.pl();
    if (commands.length === 0)
        report.text(`'${only}' calls no AWS API: it needs no AWS permissions.`);
    else {
        report.code(json);
        if (designed.length > 0)
            report.text(`${designed.join(", ")}: not built yet; their permissions are those their design needs and may still change.`);
    }
    const statements = policy.Statement.length;
    return {
        headline: commands.length === 0
            ? `iam-policy: '${only}' needs no AWS permissions`
            : `iam-policy for ${config.project}${only ? ` (${only})` : ""}: ${statements} statement(s), lock ${config.lock.type}`,
        report,
        outputs: { policy: JSON.stringify(policy) },
        data: policy,
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


/***/ })

};
