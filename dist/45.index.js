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
 * its rows, and every request a command sends to moto (recorded on the wire, tag-on-create and
 * PassRole included) is allowed by that command's policy in an IAM simulator, while every statement
 * of it allows some request or is noted as checked by AWS without a call
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
        createRule: [
            elb("CreateRule", "elb-listeners"),
            g("elasticloadbalancing:AddTags", "elb-tagged", "CreateRule with tags (tag-on-create)"),
        ],
        modifyRule: [elb("ModifyRule", "elb-rules")],
        setRulePriorities: [elb("SetRulePriorities", "elb-rules")],
        addTags: [elb("AddTags", "elb-tagged")],
        removeTags: [elb("RemoveTags", "elb-tagged")],
        createTargetGroup: [
            elb("CreateTargetGroup", "elb-green-target-groups"),
            g("elasticloadbalancing:AddTags", "elb-tagged", "CreateTargetGroup with tags (tag-on-create)"),
        ],
        deleteTargetGroup: [elb("DeleteTargetGroup", "elb-green-target-groups")],
        deleteRule: [elb("DeleteRule", "elb-rules")],
        // a default action is the listener's (ModifyListener), any other route is a rule's (ModifyRule)
        writeForward: [
            { ...elb("ModifyListener", "elb-listeners"), onlyWith: "default-routes" },
            { ...elb("ModifyRule", "elb-rules"), onlyWith: "rule-routes" },
        ],
    },
    containerServices: {
        services: [ecs("DescribeServices", "ecs-services")],
        serviceSpecs: [ecs("DescribeServices", "ecs-services")],
        taskDefinition: [ecs("DescribeTaskDefinition")],
        registerTaskDefinition: [
            ecs("RegisterTaskDefinition", "ecs-task-definitions"),
            g("ecs:TagResource", "ecs-created", "RegisterTaskDefinition with tags (tag-on-create)"),
            g("iam:PassRole", "pass-role-ecs-tasks", "RegisterTaskDefinition of a definition naming a task or execution role"),
        ],
        createService: [ecs("CreateService", "ecs-services"), g("ecs:TagResource", "ecs-created", "CreateService with tags (tag-on-create)")],
        scaleService: [ecs("UpdateService", "ecs-services")],
        deleteService: [ecs("DeleteService", "ecs-services")],
        stoppedTasks: [ecs("ListTasks", "ecs-container-instances"), ecs("DescribeTasks", "ecs-tasks")],
    },
    autoScalingGroups: {
        groups: [asg("DescribeAutoScalingGroups")],
        groupSpecs: [asg("DescribeAutoScalingGroups")],
        createGroup: [
            asg("CreateAutoScalingGroup", "asg-groups"),
            g("autoscaling:CreateOrUpdateTags", "asg-groups", "CreateAutoScalingGroup with tags (tag-on-create)"),
            g("ec2:RunInstances", "ec2-run", "CreateAutoScalingGroup from a launch template"),
            g("ec2:CreateTags", "ec2-launch-tags", "CreateAutoScalingGroup from a launch template with tag specifications"),
            g("iam:PassRole", "pass-role-ec2", "CreateAutoScalingGroup from a launch template with an instance profile"),
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
/** deploy-green's ready probe (src/aws/ready-probe.ts): stopped tasks and scaling activities explain a green that fails. */
const READY_PROBE = [
    "elbRead.targetHealth",
    "containerServices.services",
    "containerServices.stoppedTasks",
    "autoScalingGroups.groups",
    "autoScalingGroups.activities",
];
/** The checks between traffic steps (src/rollout/switch-checks.ts): green's targets; alarms are read with the estate. */
const TRAFFIC_HEALTH = ["elbRead.targetHealth"];
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
 * iam-policy.ts for LOCKING_COMMANDS). Commands that connect to no AWS API are absent.
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
        ...READY_PROBE,
        // --replace-green deletes a stale green, all of it cutover's own: nothing is scaled down (src/rollout/apply-green.ts)
        "containerServices.deleteService",
        "autoScalingGroups.deleteGroup",
        "elbWrite.deleteTargetGroup",
    ],
    verify: [...READ_ESTATE, "elbRead.rulesByArn"],
    status: READ_ESTATE,
    "switch-traffic": [...READ_ESTATE, ...WEIGHTS, ...TRAFFIC_HEALTH],
    promote: [...READ_ESTATE, ...WEIGHTS, ...HEADER_RULES, ...TRAFFIC_HEALTH, ...RETIRE],
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
    return methods.flatMap(grantsOf).filter((grant) => inUse(config, grant));
}
function iamPolicy(config, commands = POLICY_COMMANDS) {
    const arns = arnParts(config);
    const byScope = new Map();
    for (const grant of commands.flatMap((command) => commandGrants(config, command))) {
        const actions = byScope.get(grant.on) ?? new Map();
        // an action both called and implied somewhere is called: no note
        const earlier = actions.get(grant.action);
        if (!earlier || (earlier.implied && !grant.implied))
            actions.set(grant.action, grant);
        byScope.set(grant.on, actions);
    }
    const statements = [];
    const notes = [];
    const warnings = [];
    for (const [scope, actions] of [...byScope].sort(([a], [b]) => a.localeCompare(b))) {
        const resolved = resources(scope, config, arns);
        if (resolved.warning)
            warnings.push(resolved.warning);
        // nothing of that kind in the config (no alarms, no roles named): nothing to allow
        if (resolved.resources.length === 0)
            continue;
        const Sid = sid(scope);
        statements.push({
            Sid,
            Effect: "Allow",
            Action: [...actions.keys()].sort(),
            Resource: [...new Set(resolved.resources)].sort(),
            ...(resolved.condition ? { Condition: resolved.condition } : {}),
        });
        if (resolved.wide)
            notes.push({ sid: Sid, kind: "wide", text: resolved.wide });
        for (const grant of [...actions.values()].sort((a, b) => a.action.localeCompare(b.action)))
            if (grant.implied)
                notes.push({
                    sid: Sid,
                    action: grant.action,
                    kind: "without-call",
                    text: `checked by AWS during ${grant.implied}; never called on its own`,
                });
    }
    return { document: { Version: "2012-10-17", Statement: statements }, notes, warnings };
}
/** An ECS action is needed only with an ECS service in the config; likewise ASG (and EC2), alarms, the table. */
function inUse(config, grant) {
    const has = (type) => config.services.some((s) => s.type === type);
    const routes = config.loadBalancers.flatMap((lb) => lb.routes);
    if (grant.onlyWith === "default-routes" && !routes.some((r) => r.rule === "default"))
        return false;
    if (grant.onlyWith === "rule-routes" && !routes.some((r) => r.rule !== "default"))
        return false;
    if (grant.on === "pass-role-ecs-tasks")
        return has("ecs");
    if (grant.on === "pass-role-ec2")
        return has("asg");
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
    const roleArns = config.services.flatMap((s) => (s.type === "target-group" ? [] : (s.passRoles ?? [])));
    const any = [...listenerArns, ...routeArns, ...tgArns, ...roleArns][0]?.split(":");
    const regional = [...listenerArns, ...routeArns, ...tgArns][0]?.split(":");
    return {
        partition: any?.[1] ?? "aws",
        region: config.aws?.region ?? regional?.[3] ?? "*",
        account: any?.[4] ?? "*",
        loadBalancers: [
            ...new Set(config.loadBalancers.map((lb) => "loadBalancer" in lb.listener ? lb.listener.loadBalancer : (/:listener\/app\/([^/]+)\//.exec(lb.listener.arn)?.[1] ?? "*"))),
        ].sort(),
    };
}
/** Tag keys cutover writes: its own and nobody else's. */
const CUTOVER_TAG_KEYS = { "ForAllValues:StringLike": { "aws:TagKeys": ["cutover:*"] } };
function resources(scope, config, { partition, region, account, loadBalancers }) {
    const arn = (service, resource) => `arn:${partition}:${service}:${region}:${account}:${resource}`;
    const elb = (kind) => loadBalancers.map((name) => arn("elasticloadbalancing", `${kind}/app/${name}/*`));
    // greenTargetGroupName is `<service prefix>-<hash>`: everything before the hash names them all
    const greenTargetGroups = config.services
        .filter((s) => s.type !== "target-group")
        .map((s) => {
        const name = (0,naming/* greenTargetGroupName */.lF)(s.name, "release");
        return arn("elasticloadbalancing", `targetgroup/${name.slice(0, name.lastIndexOf("-"))}-*`);
    });
    // a pair member named by name has an id after it; one named by ARN is exactly that
    const pairTargetGroups = config.services.flatMap((s) => s.type === "target-group"
        ? s.targetGroups.map((t) => (t.startsWith("arn:") ? t : arn("elasticloadbalancing", `targetgroup/${t}/*`)))
        : []);
    const ecsServices = config.services.flatMap((s) => (s.type === "ecs" ? [s] : []));
    const asgServices = config.services.flatMap((s) => (s.type === "asg" ? [s] : []));
    // green is `<blue>-<release>`: blue's own name and that prefix, not every name starting with blue's
    const serviceArns = ecsServices.flatMap((s) => [
        arn("ecs", `service/${s.cluster}/${s.service}`),
        arn("ecs", `service/${s.cluster}/${s.service}-*`),
    ]);
    const clusters = [...new Set(ecsServices.map((s) => s.cluster))];
    const passRole = (services, to, what) => {
        const missing = services.filter((s) => (s.passRoles ?? []).length === 0).map((s) => s.name);
        return {
            resources: services.flatMap((s) => s.passRoles ?? []),
            condition: { StringEquals: { "iam:PassedToService": to } },
            ...(missing.length > 0
                ? {
                    warning: `services ${missing.join(", ")}: passRoles is not set, so no iam:PassRole is granted. If ${what} names an IAM role, deploy-green fails with AccessDenied until the role's ARN is listed under the service's passRoles.`,
                }
                : {}),
        };
    };
    switch (scope) {
        case "any":
            return { resources: ["*"], wide: 'AWS authorizes these actions on "*" only: they have no resource-level permissions.' };
        case "elb-listeners":
            return { resources: elb("listener") };
        case "elb-rules":
            return { resources: elb("listener-rule") };
        case "elb-green-target-groups":
            return { resources: greenTargetGroups };
        case "elb-tagged": {
            const ownBlue = ecsServices.length + asgServices.length > 0;
            return {
                resources: [
                    ...elb("loadbalancer"),
                    ...elb("listener-rule"),
                    ...(ownBlue ? [arn("elasticloadbalancing", "targetgroup/*")] : [...greenTargetGroups, ...pairTargetGroups]),
                ],
                condition: CUTOVER_TAG_KEYS,
                ...(ownBlue
                    ? {
                        wide: "Target groups: any, because the target group an ECS or ASG service's blue started on is read from the listener, not named in the config (promote and rollback tag it). Only cutover:* tag keys can be added or removed.",
                    }
                    : {}),
            };
        }
        case "ecs-services":
            return { resources: serviceArns };
        case "ecs-container-instances":
            return { resources: clusters.map((c) => arn("ecs", `container-instance/${c}/*`)) };
        case "ecs-tasks":
            return { resources: clusters.map((c) => arn("ecs", `task/${c}/*`)) };
        case "ecs-task-definitions":
            return {
                resources: ecsServices.length > 0 ? [arn("ecs", "task-definition/*")] : [],
                wide: "Task definitions: any family, because green's is blue's family, read from the running service, not named in the config.",
            };
        case "ecs-created":
            return {
                resources: ecsServices.length > 0 ? [...serviceArns, arn("ecs", "task-definition/*")] : [],
                condition: { StringEquals: { "ecs:CreateAction": ["CreateService", "RegisterTaskDefinition"] } },
            };
        case "asg-groups":
            // the group id in an Auto Scaling group ARN is AWS's: only the name can be matched
            return {
                resources: asgServices.flatMap((s) => [
                    arn("autoscaling", `autoScalingGroup:*:autoScalingGroupName/${s.autoScalingGroup}`),
                    arn("autoscaling", `autoScalingGroup:*:autoScalingGroupName/${s.autoScalingGroup}-*`),
                ]),
            };
        case "ec2-run":
            return {
                resources: ["*"],
                wide: "RunInstances is checked on the launch template's image, subnets, security groups and the instances it launches, which are in the launch template, not in the config.",
            };
        case "ec2-launch-tags":
            return {
                resources: [arn("ec2", "instance/*"), arn("ec2", "volume/*")],
                condition: { StringEquals: { "ec2:CreateAction": "RunInstances" } },
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
            return passRole(ecsServices, "ecs-tasks.amazonaws.com", "blue's task definition (task role or execution role)");
        case "pass-role-ec2":
            return passRole(asgServices, "ec2.amazonaws.com", "the launch template's instance profile");
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
async function run({ settings, loaded, host }) {
    const config = loaded.config;
    const only = settings.forCommand;
    if (only !== undefined && !command_table/* COMMANDS */.L.some((c) => c.name === only))
        throw new errors/* InputError */.dz(`iam-policy: unknown command '${only}'`, [
            `--command (input 'command'): '${only}' must be one of ${command_table/* COMMANDS */.L.map((c) => c.name).join(", ")}`,
        ]);
    const commands = only === undefined ? POLICY_COMMANDS : POLICY_COMMANDS.filter((c) => c === only);
    const { document: policy, notes, warnings } = iamPolicy(config, commands);
    for (const warning of warnings)
        host.log.warn(`iam-policy: ${warning}`);
    const json = JSON.stringify(policy, null, 2);
    const designed = commands.filter((c) => !BUILT_AWS_COMMANDS.includes(c));
    const report = new report_report/* Report */.pl();
    if (commands.length === 0)
        report.text(`'${only}' calls no AWS API: it needs no AWS permissions.`);
    else {
        report.code(json);
        if (notes.length > 0)
            report.heading("Notes").list(notes.map((n) => `${n.sid}${n.action ? ` ${n.action}` : ""}: ${n.text}`));
        if (warnings.length > 0)
            report.heading("Not granted").list(warnings);
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
