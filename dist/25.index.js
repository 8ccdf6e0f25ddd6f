export const id = 25;
export const ids = [25];
export const modules = {

/***/ 57613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gy: () => (/* binding */ AwsError),
/* harmony export */   HO: () => (/* binding */ isAwsCode),
/* harmony export */   IY: () => (/* binding */ callAws),
/* harmony export */   VN: () => (/* binding */ chunks),
/* harmony export */   Vl: () => (/* binding */ AwsCalls)
/* harmony export */ });
/* unused harmony export awsErrorCode */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * The one way adapters call AWS: every call is counted and every failure is rethrown as an
 * AwsError naming the action and the resource, so an operator reads
 * `DescribeRules on feed-normalizers (spectate-feeds:80): ListenerNotFound: ...` rather than a bare
 * SDK message. Retries (throttling, 5xx) happen inside the SDK client before anything lands here.
 */

/** Counts API calls by IAM action (`elasticloadbalancing:DescribeRules`); pages count one each. */
class AwsCalls {
    counts = new Map();
    record(service, action) {
        const key = `${service}:${action}`;
        this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    }
    get total() {
        let sum = 0;
        for (const n of this.counts.values())
            sum += n;
        return sum;
    }
    /** Sorted by action name, for stable output. */
    byAction() {
        return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
    }
    summary() {
        return { total: this.total, byAction: this.byAction() };
    }
}
class AwsError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExternalError */ .yA {
    action;
    resource;
    code;
    detail;
    constructor(action, resource, 
    /** The SDK's error name without its `Exception` suffix: ListenerNotFound, Throttling, ... */
    code, detail, options) {
        super(`${action} on ${resource}: ${code}: ${detail}`, "AWS", options);
        this.action = action;
        this.resource = resource;
        this.code = code;
        this.detail = detail;
        this.name = "AwsError";
    }
    /** The same error, with the resource named as the config names it: `feed-normalizers (spectate-feeds:80)`. */
    about(owner) {
        return new AwsError(this.action, `${owner} (${this.resource})`, this.code, this.detail, { cause: this.cause });
    }
}
function awsErrorCode(error) {
    const name = error instanceof Error ? error.name : "Error";
    return name.replace(/Exception$/, "");
}
async function callAws(calls, service, action, resource, send) {
    calls.record(service, action);
    try {
        return await send();
    }
    catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw new AwsError(action, resource, awsErrorCode(error), detail, { cause: error });
    }
}
/** True for an AwsError with that code (`TargetGroupNotFound`), so lookups can report absence instead. */
function isAwsCode(error, code) {
    return error instanceof AwsError && error.code === code;
}
/** Batches of at most `size`: DescribeTags takes 20 ARNs, DescribeServices 10 names. */
function chunks(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}


/***/ }),

/***/ 37025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l_: () => (/* binding */ connectForCommand),
  pV: () => (/* binding */ observeEstate),
  jY: () => (/* binding */ readModelledEstate)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/traffic/estate.ts
var estate = __webpack_require__(61361);
// EXTERNAL MODULE: ./src/aws/aws-call.ts
var aws_call = __webpack_require__(57613);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-auto-scaling/dist-cjs/index.js
var dist_cjs = __webpack_require__(48932);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-cjs/index.js
var client_cloudwatch_dist_cjs = __webpack_require__(44085);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-dynamodb/dist-cjs/index.js
var client_dynamodb_dist_cjs = __webpack_require__(64305);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-cjs/index.js
var client_ecs_dist_cjs = __webpack_require__(80212);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-cjs/index.js
var client_elastic_load_balancing_v2_dist_cjs = __webpack_require__(50586);
;// CONCATENATED MODULE: ./src/aws/alarms.ts


/** DescribeAlarms takes at most 100 names. */
const BATCH = 100;
function createAlarms(client, calls) {
    return {
        async states(names) {
            const found = new Map();
            for (const batch of (0,aws_call/* chunks */.VN)([...new Set(names)], BATCH)) {
                let token;
                do {
                    const page = await (0,aws_call/* callAws */.IY)(calls, "cloudwatch", "DescribeAlarms", batch.join(", "), () => client.send(new client_cloudwatch_dist_cjs/* DescribeAlarmsCommand */.zWD({ AlarmNames: batch, AlarmTypes: ["MetricAlarm", "CompositeAlarm"], NextToken: token })));
                    for (const alarm of [...(page.MetricAlarms ?? []), ...(page.CompositeAlarms ?? [])]) {
                        if (alarm.AlarmName)
                            found.set(alarm.AlarmName, { name: alarm.AlarmName, state: alarm.StateValue ?? "unknown", reason: alarm.StateReason });
                    }
                    token = page.NextToken;
                } while (token);
            }
            return names.map((name) => found.get(name) ?? { name, state: "missing", reason: undefined });
        },
    };
}

;// CONCATENATED MODULE: ./src/aws/auto-scaling-groups.ts


/** DescribeAutoScalingGroups returns at most 100 groups a page; asking for 50 names keeps it to one. */
const auto_scaling_groups_BATCH = 50;
function createAutoScalingGroups(client, calls) {
    const call = (action, resource, send) => (0,aws_call/* callAws */.IY)(calls, "autoscaling", action, resource, send);
    async function describe(names) {
        const out = [];
        for (const batch of (0,aws_call/* chunks */.VN)([...new Set(names)], auto_scaling_groups_BATCH)) {
            const answer = await call("DescribeAutoScalingGroups", batch.join(", "), () => client.send(new dist_cjs/* DescribeAutoScalingGroupsCommand */.NkQ({ AutoScalingGroupNames: batch, MaxRecords: 100 })));
            out.push(...(answer.AutoScalingGroups ?? []).filter((g) => g.AutoScalingGroupName));
        }
        return out;
    }
    return {
        async groups(names) {
            return new Map((await describe(names)).map((g) => [g.AutoScalingGroupName ?? "", groupFacts(g)]));
        },
        async groupSpecs(names) {
            return new Map((await describe(names)).map((g) => [g.AutoScalingGroupName ?? "", groupSpec(g)]));
        },
        async createGroup(body) {
            const input = body;
            await call("CreateAutoScalingGroup", input.AutoScalingGroupName ?? "?", () => client.send(new dist_cjs/* CreateAutoScalingGroupCommand */.VrW(input)));
        },
        async scaleToZero(name) {
            await call("UpdateAutoScalingGroup", name, () => client.send(new dist_cjs/* UpdateAutoScalingGroupCommand */.Idg({ AutoScalingGroupName: name, MinSize: 0, DesiredCapacity: 0 })));
        },
        async deleteGroup(name) {
            await call("DeleteAutoScalingGroup", name, () => client.send(new dist_cjs/* DeleteAutoScalingGroupCommand */.cUH({ AutoScalingGroupName: name, ForceDelete: true })));
        },
        async activities(name, max) {
            const answer = await call("DescribeScalingActivities", name, () => client.send(new dist_cjs/* DescribeScalingActivitiesCommand */.hM1({ AutoScalingGroupName: name, MaxRecords: max })));
            return (answer.Activities ?? []).map((a) => ({
                id: a.ActivityId ?? "?",
                statusCode: a.StatusCode,
                statusMessage: a.StatusMessage,
                description: a.Description,
            }));
        },
    };
}
function groupSpec(group) {
    return {
        facts: groupFacts(group),
        subnets: (group.VPCZoneIdentifier ?? "").split(",").filter((s) => s !== ""),
        healthCheckType: group.HealthCheckType,
        healthCheckGracePeriod: group.HealthCheckGracePeriod,
        defaultCooldown: group.DefaultCooldown,
        terminationPolicies: group.TerminationPolicies ?? [],
        tagList: (group.Tags ?? []).map((t) => ({ key: t.Key ?? "", value: t.Value ?? "", propagateAtLaunch: t.PropagateAtLaunch ?? false })),
        mixedInstances: group.MixedInstancesPolicy !== undefined,
    };
}
function groupFacts(group) {
    const template = group.LaunchTemplate ?? group.MixedInstancesPolicy?.LaunchTemplate?.LaunchTemplateSpecification;
    return {
        type: "asg",
        name: group.AutoScalingGroupName ?? "",
        arn: group.AutoScalingGroupARN,
        minSize: group.MinSize ?? 0,
        maxSize: group.MaxSize ?? 0,
        desiredCapacity: group.DesiredCapacity ?? 0,
        launchTemplate: template && { id: template.LaunchTemplateId, name: template.LaunchTemplateName, version: template.Version },
        // newer groups may list target groups as traffic sources instead
        targetGroupArns: [
            ...new Set([
                ...(group.TargetGroupARNs ?? []),
                ...(group.TrafficSources ?? []).flatMap((s) => (s.Identifier && (s.Type ?? "elbv2") === "elbv2" ? [s.Identifier] : [])),
            ]),
        ],
        instances: (group.Instances ?? []).map((i) => ({
            id: i.InstanceId ?? "",
            lifecycleState: i.LifecycleState,
            healthStatus: i.HealthStatus,
        })),
        tags: Object.fromEntries((group.Tags ?? []).map((t) => [t.Key ?? "", t.Value ?? ""])),
    };
}

;// CONCATENATED MODULE: ./src/aws/container-services.ts


/** DescribeServices takes at most 10 services; DescribeTasks 100 tasks. */
const container_services_BATCH = 10;
/** Read-only fields of a described task definition that RegisterTaskDefinition refuses. */
const READ_ONLY = [
    "taskDefinitionArn",
    "revision",
    "status",
    "requiresAttributes",
    "compatibilities",
    "registeredAt",
    "registeredBy",
    "deregisteredAt",
];
function createContainerServices(client, calls) {
    const call = (action, resource, send) => (0,aws_call/* callAws */.IY)(calls, "ecs", action, resource, send);
    async function describe(cluster, names) {
        const out = [];
        for (const batch of (0,aws_call/* chunks */.VN)([...new Set(names)], container_services_BATCH)) {
            const answer = await call("DescribeServices", `${cluster}/${batch.join(", ")}`, () => client.send(new client_ecs_dist_cjs/* DescribeServicesCommand */.H7c({ cluster, services: batch, include: ["TAGS"] })));
            // names that do not exist come back in `failures` (reason MISSING), not as an error
            out.push(...(answer.services ?? []).filter((s) => s.serviceName));
        }
        return out;
    }
    return {
        async services(cluster, names) {
            return new Map((await describe(cluster, names)).map((s) => [s.serviceName ?? "", serviceFacts(cluster, s)]));
        },
        async serviceSpecs(cluster, names) {
            return new Map((await describe(cluster, names)).map((s) => [s.serviceName ?? "", serviceSpec(cluster, s)]));
        },
        async taskDefinition(ref) {
            try {
                const answer = await call("DescribeTaskDefinition", ref, () => client.send(new client_ecs_dist_cjs/* DescribeTaskDefinitionCommand */.Zy$({ taskDefinition: ref, include: ["TAGS"] })));
                return answer.taskDefinition && taskDefinitionFacts(answer.taskDefinition, answer.tags ?? []);
            }
            catch (error) {
                // ECS answers an unknown family or revision with a ClientException, not a NotFound
                if ((0,aws_call/* isAwsCode */.HO)(error, "Client") && /unable to describe|not found|does not exist/i.test(error.detail))
                    return undefined;
                throw error;
            }
        },
        async registerTaskDefinition(definition, tags) {
            const input = { ...definition, tags: toEcsTags(tags) };
            const answer = await call("RegisterTaskDefinition", input.family ?? "?", () => client.send(new client_ecs_dist_cjs/* RegisterTaskDefinitionCommand */.$Hl(input)));
            const arn = answer.taskDefinition?.taskDefinitionArn;
            if (!arn)
                throw new Error(`RegisterTaskDefinition on ${input.family ?? "?"}: the answer names no task definition`);
            return arn;
        },
        async createService(body) {
            const input = body;
            const answer = await call("CreateService", `${input.cluster ?? "?"}/${input.serviceName ?? "?"}`, () => client.send(new client_ecs_dist_cjs/* CreateServiceCommand */.JkR(input)));
            return answer.service?.serviceArn ?? "";
        },
        async scaleService(cluster, name, desiredCount) {
            await call("UpdateService", `${cluster}/${name}`, () => client.send(new client_ecs_dist_cjs/* UpdateServiceCommand */.kZr({ cluster, service: name, desiredCount })));
        },
        async deleteService(cluster, name) {
            await call("DeleteService", `${cluster}/${name}`, () => client.send(new client_ecs_dist_cjs/* DeleteServiceCommand */.o6q({ cluster, service: name, force: true })));
        },
        async stoppedTasks(cluster, service, max) {
            const listed = await call("ListTasks", `${cluster}/${service}`, () => client.send(new client_ecs_dist_cjs/* ListTasksCommand */.MYg({ cluster, serviceName: service, desiredStatus: "STOPPED", maxResults: max })));
            const arns = listed.taskArns ?? [];
            if (arns.length === 0)
                return [];
            const described = await call("DescribeTasks", `${cluster}/${service}`, () => client.send(new client_ecs_dist_cjs/* DescribeTasksCommand */.z8X({ cluster, tasks: arns })));
            return (described.tasks ?? []).map((task) => ({
                arn: task.taskArn ?? "?",
                stoppedReason: task.stoppedReason,
                containers: (task.containers ?? []).flatMap((c) => c.reason || (c.exitCode !== undefined && c.exitCode !== 0)
                    ? [`${c.name ?? "?"}: ${[c.exitCode === undefined ? undefined : `exit ${c.exitCode}`, c.reason].filter(Boolean).join(" ")}`]
                    : []),
            }));
        },
    };
}
function serviceFacts(cluster, service) {
    return {
        type: "ecs",
        cluster,
        name: service.serviceName ?? "",
        arn: service.serviceArn ?? "",
        status: service.status,
        desiredCount: service.desiredCount ?? 0,
        runningCount: service.runningCount ?? 0,
        pendingCount: service.pendingCount ?? 0,
        launchType: service.launchType,
        taskDefinition: service.taskDefinition,
        deployments: (service.deployments ?? []).map((d) => ({
            id: d.id ?? "",
            status: d.status,
            rolloutState: d.rolloutState,
            rolloutStateReason: d.rolloutStateReason,
            taskDefinition: d.taskDefinition,
            desiredCount: d.desiredCount ?? 0,
            runningCount: d.runningCount ?? 0,
            failedTasks: d.failedTasks ?? 0,
        })),
        targetGroupArns: (service.loadBalancers ?? []).flatMap((lb) => (lb.targetGroupArn ? [lb.targetGroupArn] : [])),
        tags: Object.fromEntries((service.tags ?? []).map((t) => [t.key ?? "", t.value ?? ""])),
    };
}
function serviceSpec(cluster, service) {
    return {
        facts: serviceFacts(cluster, service),
        capacityProviderStrategy: json(service.capacityProviderStrategy ?? []),
        platformVersion: service.platformVersion,
        networkConfiguration: service.networkConfiguration && json(service.networkConfiguration),
        loadBalancers: (service.loadBalancers ?? []).flatMap((lb) => lb.targetGroupArn && lb.containerName && lb.containerPort !== undefined
            ? [{ targetGroupArn: lb.targetGroupArn, containerName: lb.containerName, containerPort: lb.containerPort }]
            : []),
        healthCheckGracePeriodSeconds: service.healthCheckGracePeriodSeconds,
        deploymentConfiguration: service.deploymentConfiguration && json(service.deploymentConfiguration),
        placementConstraints: json(service.placementConstraints ?? []),
        placementStrategy: json(service.placementStrategy ?? []),
        schedulingStrategy: service.schedulingStrategy,
        enableExecuteCommand: service.enableExecuteCommand,
        enableECSManagedTags: service.enableECSManagedTags,
        propagateTags: service.propagateTags,
    };
}
function taskDefinitionFacts(definition, tags) {
    const registrable = { ...json(definition) };
    for (const field of READ_ONLY)
        delete registrable[field];
    return {
        arn: definition.taskDefinitionArn ?? "",
        family: definition.family ?? "",
        definition: registrable,
        tags: Object.fromEntries(tags.map((t) => [t.key ?? "", t.value ?? ""])),
    };
}
function toEcsTags(tags) {
    return Object.entries(tags).map(([key, value]) => ({ key, value }));
}
/** SDK shapes are plain data already; the round trip drops undefined fields and Dates become strings. */
function json(value) {
    return JSON.parse(JSON.stringify(value));
}

;// CONCATENATED MODULE: ./src/aws/elb-facts.ts
/**
 * An action read back, made fit to write again. DescribeRules never returns an OIDC client secret,
 * and ModifyRule refuses the action without one unless told to keep the existing secret.
 */
function keepAction(action) {
    if (action.Type === "authenticate-oidc" && action.AuthenticateOidcConfig && action.AuthenticateOidcConfig.ClientSecret === undefined)
        return { ...action, AuthenticateOidcConfig: { ...action.AuthenticateOidcConfig, UseExistingClientSecret: true } };
    return action;
}
function forwardSnapshot(actions) {
    const sorted = [...(actions ?? [])].sort((a, b) => (a.Order ?? 0) - (b.Order ?? 0));
    const forward = sorted.map(actionFacts).find((a) => a.type === "forward");
    return { forward: forward && { targetGroups: forward.targetGroups, stickiness: forward.stickiness }, actions: sorted };
}
function loadBalancerFacts(lb) {
    return { arn: lb.LoadBalancerArn ?? "", name: lb.LoadBalancerName ?? "", dnsName: lb.DNSName, vpcId: lb.VpcId };
}
function listenerFacts(listener) {
    if (!listener.ListenerArn || !listener.LoadBalancerArn || listener.Port === undefined)
        return undefined;
    return { arn: listener.ListenerArn, loadBalancerArn: listener.LoadBalancerArn, port: listener.Port, protocol: listener.Protocol };
}
function ruleFacts(rule) {
    if (!rule.RuleArn)
        return undefined;
    const priority = rule.IsDefault || rule.Priority === "default" ? "default" : Number(rule.Priority);
    return {
        arn: rule.RuleArn,
        priority,
        conditions: (rule.Conditions ?? []).map(conditionFacts),
        actions: [...(rule.Actions ?? [])].sort((a, b) => (a.Order ?? 0) - (b.Order ?? 0)).map(actionFacts),
    };
}
function conditionFacts(condition) {
    const field = condition.Field ?? "unknown";
    const regexValues = condition.RegexValues ?? condition.HttpHeaderConfig?.RegexValues;
    const regex = regexValues && regexValues.length > 0 ? { regexValues } : {};
    switch (field) {
        case "http-header":
            return {
                field,
                header: condition.HttpHeaderConfig?.HttpHeaderName ?? "",
                values: condition.HttpHeaderConfig?.Values ?? [],
                ...regex,
            };
        case "query-string": {
            const pairs = (condition.QueryStringConfig?.Values ?? []).map((p) => ({ key: p.Key, value: p.Value ?? "" }));
            return { field, values: pairs.map((p) => (p.key === undefined ? p.value : `${p.key}=${p.value}`)), queryPairs: pairs };
        }
        default: {
            // the typed *Config holds the values; the legacy flat Values is kept by older rules
            const typed = condition.PathPatternConfig?.Values ??
                condition.HostHeaderConfig?.Values ??
                condition.HttpRequestMethodConfig?.Values ??
                condition.SourceIpConfig?.Values;
            return { field, values: typed ?? condition.Values ?? [], ...regex };
        }
    }
}
function actionFacts(action) {
    switch (action.Type) {
        case "forward": {
            const tuples = action.ForwardConfig?.TargetGroups;
            const targetGroups = tuples && tuples.length > 0
                ? tuples.flatMap((t) => (t.TargetGroupArn ? [{ arn: t.TargetGroupArn, weight: t.Weight ?? 1 }] : []))
                : // the plain form names one target group; AWS reports it with weight 1
                    action.TargetGroupArn
                        ? [{ arn: action.TargetGroupArn, weight: 1 }]
                        : [];
            const sticky = action.ForwardConfig?.TargetGroupStickinessConfig;
            return {
                type: "forward",
                targetGroups,
                stickiness: sticky?.Enabled === undefined ? undefined : { enabled: sticky.Enabled, durationSeconds: sticky.DurationSeconds },
            };
        }
        case "fixed-response":
            return { type: "fixed-response", statusCode: action.FixedResponseConfig?.StatusCode };
        default:
            return { type: "other", awsType: action.Type ?? "unknown" };
    }
}
function targetGroupFacts(tg) {
    return {
        arn: tg.TargetGroupArn ?? "",
        name: tg.TargetGroupName ?? "",
        protocol: tg.Protocol,
        port: tg.Port,
        targetType: tg.TargetType,
        vpcId: tg.VpcId,
        loadBalancerArns: tg.LoadBalancerArns ?? [],
        healthCheck: {
            enabled: tg.HealthCheckEnabled,
            protocol: tg.HealthCheckProtocol,
            port: tg.HealthCheckPort,
            path: tg.HealthCheckPath,
            intervalSeconds: tg.HealthCheckIntervalSeconds,
            timeoutSeconds: tg.HealthCheckTimeoutSeconds,
            healthyThreshold: tg.HealthyThresholdCount,
            unhealthyThreshold: tg.UnhealthyThresholdCount,
            matcher: tg.Matcher?.HttpCode ?? tg.Matcher?.GrpcCode,
        },
    };
}
/** `spectate-feeds:80`: the load balancer's name is the ARN's `listener/app/<name>/...` segment. */
function listenerLabel(listener) {
    const name = /:listener\/(?:app|net|gwy)\/([^/]+)\//.exec(listener.arn)?.[1] ?? listener.loadBalancerArn;
    return `${name}:${listener.port}`;
}
/** `targetgroup/feed-football-a/0123abcd`: enough of an ARN to name it in a message. */
function shortArn(arn) {
    return arn.split(":").pop() ?? arn;
}
function mapValues(map, f) {
    return new Map([...map].map(([k, v]) => [k, f(v)]));
}

;// CONCATENATED MODULE: ./src/aws/elb-reader.ts



/** DescribeTags takes at most 20 ARNs; the describe calls are given the same batches. */
const elb_reader_BATCH = 20;
/** DescribeRules pages hold at most 400 rules. */
const RULES_PAGE = 400;
function createLoadBalancerReader(client, calls) {
    const call = (action, resource, send) => (0,aws_call/* callAws */.IY)(calls, "elasticloadbalancing", action, resource, send);
    /**
     * AWS fails a whole Describe* batch when one name is missing; then each key is asked alone, so
     * the answer still says which exist. (moto instead leaves the missing ones out; both work here.)
     */
    async function each(keys, notFound, describe, keyOf) {
        const found = new Map();
        const add = (items) => {
            for (const item of items) {
                const key = keyOf(item);
                if (key !== undefined)
                    found.set(key, item);
            }
        };
        for (const batch of (0,aws_call/* chunks */.VN)([...new Set(keys)], elb_reader_BATCH)) {
            try {
                add(await describe(batch));
            }
            catch (error) {
                if (!(0,aws_call/* isAwsCode */.HO)(error, notFound))
                    throw error;
                if (batch.length === 1)
                    continue;
                for (const key of batch) {
                    try {
                        add(await describe([key]));
                    }
                    catch (single) {
                        if (!(0,aws_call/* isAwsCode */.HO)(single, notFound))
                            throw single;
                    }
                }
            }
        }
        return found;
    }
    async function allTargetGroups(input, resource) {
        const out = [];
        let marker;
        do {
            const page = await call("DescribeTargetGroups", resource, () => client.send(new client_elastic_load_balancing_v2_dist_cjs/* DescribeTargetGroupsCommand */.sC7({ ...input, Marker: marker })));
            out.push(...(page.TargetGroups ?? []));
            marker = page.NextMarker;
        } while (marker);
        return out;
    }
    return {
        async loadBalancersByName(names) {
            const found = await each(names, "LoadBalancerNotFound", async (batch) => (await call("DescribeLoadBalancers", batch.join(", "), () => client.send(new client_elastic_load_balancing_v2_dist_cjs/* DescribeLoadBalancersCommand */.AZi({ Names: batch }))))
                .LoadBalancers ?? [], (lb) => lb.LoadBalancerName);
            return mapValues(found, loadBalancerFacts);
        },
        async loadBalancersByArn(arns) {
            const found = await each(arns, "LoadBalancerNotFound", async (batch) => (await call("DescribeLoadBalancers", batch.join(", "), () => client.send(new client_elastic_load_balancing_v2_dist_cjs/* DescribeLoadBalancersCommand */.AZi({ LoadBalancerArns: batch })))).LoadBalancers ?? [], (lb) => lb.LoadBalancerArn);
            return mapValues(found, loadBalancerFacts);
        },
        async listeners(loadBalancer) {
            const out = [];
            let marker;
            do {
                const page = await call("DescribeListeners", loadBalancer.name, () => client.send(new client_elastic_load_balancing_v2_dist_cjs/* DescribeListenersCommand */.AKE({ LoadBalancerArn: loadBalancer.arn, Marker: marker })));
                out.push(...(page.Listeners ?? []).flatMap((l) => listenerFacts(l) ?? []));
                marker = page.NextMarker;
            } while (marker);
            return out;
        },
        async listenersByArn(arns) {
            const found = await each(arns, "ListenerNotFound", async (batch) => (await call("DescribeListeners", batch.join(", "), () => client.send(new client_elastic_load_balancing_v2_dist_cjs/* DescribeListenersCommand */.AKE({ ListenerArns: batch }))))
                .Listeners ?? [], (l) => l.ListenerArn);
            const out = new Map();
            for (const [arn, listener] of found) {
                const facts = listenerFacts(listener);
                if (facts)
                    out.set(arn, facts);
            }
            return out;
        },
        async rules(listener) {
            const out = [];
            let marker;
            do {
                const page = await call("DescribeRules", listenerLabel(listener), () => client.send(new client_elastic_load_balancing_v2_dist_cjs/* DescribeRulesCommand */.Ggo({ ListenerArn: listener.arn, Marker: marker, PageSize: RULES_PAGE })));
                out.push(...(page.Rules ?? []).flatMap((r) => ruleFacts(r) ?? []));
                marker = page.NextMarker;
            } while (marker);
            return out;
        },
        async targetGroupsByName(names) {
            const found = await each(names, "TargetGroupNotFound", (batch) => allTargetGroups({ Names: batch }, batch.join(", ")), (tg) => tg.TargetGroupName);
            return mapValues(found, targetGroupFacts);
        },
        async targetGroupsByArn(arns) {
            const found = await each(arns, "TargetGroupNotFound", (batch) => allTargetGroups({ TargetGroupArns: batch }, batch.map(shortArn).join(", ")), (tg) => tg.TargetGroupArn);
            return mapValues(found, targetGroupFacts);
        },
        async targetHealth(targetGroup) {
            const answer = await call("DescribeTargetHealth", targetGroup.name, () => client.send(new client_elastic_load_balancing_v2_dist_cjs/* DescribeTargetHealthCommand */.qyg({ TargetGroupArn: targetGroup.arn })));
            return (answer.TargetHealthDescriptions ?? []).map((d) => ({
                id: d.Target?.Id ?? "?",
                port: d.Target?.Port,
                state: d.TargetHealth?.State ?? "unknown",
                reason: d.TargetHealth?.Reason,
                description: d.TargetHealth?.Description,
            }));
        },
        async tags(arns) {
            const out = new Map();
            for (const batch of (0,aws_call/* chunks */.VN)([...new Set(arns)], elb_reader_BATCH)) {
                const answer = await call("DescribeTags", `${batch.length} resource(s)`, () => client.send(new client_elastic_load_balancing_v2_dist_cjs/* DescribeTagsCommand */.yRM({ ResourceArns: batch })));
                for (const description of answer.TagDescriptions ?? []) {
                    if (!description.ResourceArn)
                        continue;
                    out.set(description.ResourceArn, Object.fromEntries((description.Tags ?? []).map((t) => [t.Key ?? "", t.Value ?? ""])));
                }
            }
            return out;
        },
        async rulesByArn(arns) {
            const found = await each(arns, "RuleNotFound", async (batch) => (await call("DescribeRules", batch.map(shortArn).join(", "), () => client.send(new client_elastic_load_balancing_v2_dist_cjs/* DescribeRulesCommand */.Ggo({ RuleArns: batch }))))
                .Rules ?? [], (rule) => rule.RuleArn);
            const out = new Map();
            for (const [arn, rule] of found) {
                const facts = ruleFacts(rule);
                if (facts)
                    out.set(arn, facts);
            }
            return out;
        },
        async readForwards(places) {
            const out = new Map();
            const defaults = places.filter((p) => p.isDefault);
            const rules = places.filter((p) => !p.isDefault);
            for (const batch of (0,aws_call/* chunks */.VN)(rules, elb_reader_BATCH)) {
                const answer = await call("DescribeRules", batch.map((p) => p.label).join(", "), () => client.send(new client_elastic_load_balancing_v2_dist_cjs/* DescribeRulesCommand */.Ggo({ RuleArns: batch.map((p) => p.ruleArn) })));
                for (const rule of answer.Rules ?? [])
                    if (rule.RuleArn)
                        out.set(rule.RuleArn, forwardSnapshot(rule.Actions));
            }
            for (const batch of (0,aws_call/* chunks */.VN)(defaults, elb_reader_BATCH)) {
                const answer = await call("DescribeListeners", batch.map((p) => p.label).join(", "), () => client.send(new client_elastic_load_balancing_v2_dist_cjs/* DescribeListenersCommand */.AKE({ ListenerArns: batch.map((p) => p.listenerArn) })));
                for (const listener of answer.Listeners ?? []) {
                    const place = batch.find((p) => p.listenerArn === listener.ListenerArn);
                    if (place)
                        out.set(place.ruleArn, forwardSnapshot(listener.DefaultActions));
                }
            }
            return out;
        },
    };
}

// EXTERNAL MODULE: ./src/traffic/forward-action.ts
var forward_action = __webpack_require__(9811);
;// CONCATENATED MODULE: ./src/aws/elb-writer.ts




function createLoadBalancerWriter(client, calls) {
    const call = (action, resource, send) => (0,aws_call/* callAws */.IY)(calls, "elasticloadbalancing", action, resource, send);
    return {
        async createRule(body) {
            const where = `priority ${body.Priority} on ${shortArn(body.ListenerArn)}`;
            const created = (await call("CreateRule", where, () => client.send(new client_elastic_load_balancing_v2_dist_cjs/* CreateRuleCommand */.OOk(body)))).Rules?.[0];
            const facts = created && ruleFacts(created);
            if (!facts)
                throw new Error(`CreateRule on ${where}: the answer names no rule`);
            return facts;
        },
        async modifyRule(body) {
            const modified = (await call("ModifyRule", shortArn(body.RuleArn), () => client.send(new client_elastic_load_balancing_v2_dist_cjs/* ModifyRuleCommand */.y5P(body)))).Rules?.[0];
            const facts = modified && ruleFacts(modified);
            if (!facts)
                throw new Error(`ModifyRule on ${shortArn(body.RuleArn)}: the answer names no rule`);
            return facts;
        },
        async setRulePriorities(body) {
            const where = body.RulePriorities.map((p) => `${shortArn(p.RuleArn)} → ${p.Priority}`).join(", ");
            await call("SetRulePriorities", where, () => client.send(new client_elastic_load_balancing_v2_dist_cjs/* SetRulePrioritiesCommand */.MKY(body)));
        },
        async addTags(body) {
            await call("AddTags", body.ResourceArns.map(shortArn).join(", "), () => client.send(new client_elastic_load_balancing_v2_dist_cjs/* AddTagsCommand */.yjM(body)));
        },
        async removeTags(arns, keys) {
            await call("RemoveTags", arns.map(shortArn).join(", "), () => client.send(new client_elastic_load_balancing_v2_dist_cjs/* RemoveTagsCommand */.L1A({ ResourceArns: [...arns], TagKeys: [...keys] })));
        },
        async createTargetGroup(body, tags) {
            const input = { ...body, Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) };
            const answer = await call("CreateTargetGroup", input.Name ?? "?", () => client.send(new client_elastic_load_balancing_v2_dist_cjs/* CreateTargetGroupCommand */.GGF(input)));
            const created = answer.TargetGroups?.[0];
            if (!created)
                throw new Error(`CreateTargetGroup on ${input.Name ?? "?"}: the answer names no target group`);
            return targetGroupFacts(created);
        },
        async deleteTargetGroup(arn) {
            await call("DeleteTargetGroup", shortArn(arn), () => client.send(new client_elastic_load_balancing_v2_dist_cjs/* DeleteTargetGroupCommand */.tX({ TargetGroupArn: arn })));
        },
        async deleteRule(arn) {
            await call("DeleteRule", shortArn(arn), () => client.send(new client_elastic_load_balancing_v2_dist_cjs/* DeleteRuleCommand */.piX({ RuleArn: arn })));
        },
        async writeForward(place, snapshot, forward) {
            const index = snapshot.actions.findIndex((a) => a.Type === "forward");
            const existing = snapshot.actions[index];
            if (!existing)
                throw new Error(`${place.label} has no forward action to set`);
            const written = snapshot.actions.map((action, i) => i === index ? (0,forward_action/* forwardActionBody */.g)(forward, action.Order) : keepAction(action));
            const answered = place.isDefault
                ? (await call("ModifyListener", place.label, () => client.send(new client_elastic_load_balancing_v2_dist_cjs/* ModifyListenerCommand */.ugc({ ListenerArn: place.listenerArn, DefaultActions: written })))).Listeners?.[0]?.DefaultActions
                : (await call("ModifyRule", place.label, () => client.send(new client_elastic_load_balancing_v2_dist_cjs/* ModifyRuleCommand */.y5P({ RuleArn: place.ruleArn, Actions: written }))))
                    .Rules?.[0]?.Actions;
            return forwardSnapshot(answered);
        },
    };
}

;// CONCATENATED MODULE: ./src/aws/lock-table.ts


function createLockTable(client, calls, table) {
    const call = (action, resource, send) => (0,aws_call/* callAws */.IY)(calls, "dynamodb", action, resource, send);
    /** The condition failing is an answer, not an error; the AwsError keeps the SDK error as its cause. */
    async function conditional(send) {
        try {
            await send();
            return true;
        }
        catch (error) {
            if (error instanceof Error && error.cause instanceof client_dynamodb_dist_cjs/* ConditionalCheckFailedException */.jPo)
                return false;
            throw error;
        }
    }
    return {
        table,
        async get(lockId) {
            const answer = await call("GetItem", `${table}/${lockId}`, () => client.send(new client_dynamodb_dist_cjs/* GetItemCommand */.ZKh({ TableName: table, Key: { lockId: { S: lockId } }, ConsistentRead: true })));
            if (!answer.Item)
                return undefined;
            return Object.fromEntries(Object.entries(answer.Item).flatMap(([k, v]) => (v.S === undefined ? [] : [[k, v.S]])));
        },
        async putIf(item, expectedHolder) {
            const Item = Object.fromEntries(Object.entries(item).map(([k, v]) => [k, { S: v }]));
            const condition = expectedHolder === undefined
                ? { ConditionExpression: "attribute_not_exists(lockId)" }
                : { ConditionExpression: "holderId = :expected", ExpressionAttributeValues: { ":expected": { S: expectedHolder } } };
            return conditional(() => call("PutItem", `${table}/${item.lockId}`, () => client.send(new client_dynamodb_dist_cjs/* PutItemCommand */.qnp({ TableName: table, Item, ...condition }))));
        },
        async deleteIf(lockId, holderId) {
            return conditional(() => call("DeleteItem", `${table}/${lockId}`, () => client.send(new client_dynamodb_dist_cjs/* DeleteItemCommand */.gEv({
                TableName: table,
                Key: { lockId: { S: lockId } },
                ConditionExpression: "holderId = :holder",
                ExpressionAttributeValues: { ":holder": { S: holderId } },
            }))));
        },
    };
}

;// CONCATENATED MODULE: ./src/aws/connect.ts













const DEFAULT_MAX_ATTEMPTS = 5;
function awsSettings(aws, env) {
    const region = aws?.region ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION);
    if (!region)
        throw new errors/* InputError */.dz("aws.region: is required to reach AWS (or set AWS_REGION)");
    const profile = aws?.profile ?? (env.AWS_PROFILE || undefined);
    // The SDK's own chain skips environment keys when a profile is named; so does this.
    const credentials = profile === undefined && env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
        ? {
            accessKeyId: env.AWS_ACCESS_KEY_ID,
            secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
            ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
        }
        : undefined;
    const attempts = Number(env.AWS_MAX_ATTEMPTS);
    return {
        region,
        endpoint: aws?.endpoint || env.AWS_ENDPOINT_URL || undefined,
        profile,
        credentials,
        retryMode: env.AWS_RETRY_MODE === "standard" ? "standard" : "adaptive",
        maxAttempts: Number.isInteger(attempts) && attempts > 0 ? attempts : DEFAULT_MAX_ATTEMPTS,
    };
}
function connectAws(settings, calls = new aws_call/* AwsCalls */.Vl()) {
    const config = {
        region: settings.region,
        ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
        ...(settings.profile ? { profile: settings.profile } : {}),
        ...(settings.credentials ? { credentials: settings.credentials } : {}),
        retryMode: settings.retryMode,
        maxAttempts: settings.maxAttempts,
        // never hang on a dead endpoint: the SDK's default has no request timeout at all
        requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
    };
    const elbv2 = new client_elastic_load_balancing_v2_dist_cjs/* ElasticLoadBalancingV2Client */.MlD(config);
    const ecs = new client_ecs_dist_cjs/* ECSClient */.Zgc(config);
    const autoScaling = new dist_cjs/* AutoScalingClient */.yis(config);
    const cloudWatch = new client_cloudwatch_dist_cjs/* CloudWatchClient */.WBn(config);
    const dynamoDb = new client_dynamodb_dist_cjs/* DynamoDBClient */.MGV(config);
    return {
        elb: { read: createLoadBalancerReader(elbv2, calls), write: createLoadBalancerWriter(elbv2, calls) },
        containerServices: createContainerServices(ecs, calls),
        autoScalingGroups: createAutoScalingGroups(autoScaling, calls),
        alarms: createAlarms(cloudWatch, calls),
        lockTable: (table) => createLockTable(dynamoDb, calls, table),
        calls,
        close() {
            for (const client of [elbv2, ecs, autoScaling, cloudWatch, dynamoDb])
                client.destroy();
        },
    };
}

// EXTERNAL MODULE: ./src/release/naming.ts
var naming = __webpack_require__(27161);
// EXTERNAL MODULE: ./src/release/service-selection.ts
var service_selection = __webpack_require__(78185);
// EXTERNAL MODULE: ./src/traffic/tags.ts
var traffic_tags = __webpack_require__(46944);
;// CONCATENATED MODULE: ./src/aws/estate-reader.ts






async function readEstate(config, aws, options) {
    const refs = routeRefs(config, options.services);
    const missing = [];
    const missingPairs = [];
    const elb = aws.elb.read;
    // the pairs' target groups do not depend on the listeners: read them meanwhile
    const pairsRead = resolvePairs(refs, elb, missingPairs);
    // awaited below; until then a failure must not count as unhandled if the listeners fail first
    pairsRead.catch(() => undefined);
    const listeners = await findListeners(refs, elb, missing);
    // one DescribeRules per listener, even when several config entries share it
    const owners = new Map();
    for (const ref of refs) {
        const found = listeners.get(ref.lbIndex);
        if (found && !owners.has(found.listener.arn))
            owners.set(found.listener.arn, { listener: found.listener, owner: ref.lb.name });
    }
    const rulesByListener = new Map(await Promise.all([...owners].map(async ([arn, { listener, owner }]) => [arn, await about(owner, elb.rules(listener))])));
    // the rules' tags first: a rule cutover moved to make room for header rules is found by the priority it had
    const ruleArns = [...rulesByListener.values()].flat().map((r) => r.arn);
    const ruleTags = await elb.tags(ruleArns);
    const routeRules = new Map();
    for (const ref of refs) {
        const found = listeners.get(ref.lbIndex);
        if (!found)
            continue;
        const rule = findRule(ref, rulesByListener.get(found.listener.arn) ?? [], found.listener, missing, (arn) => ruleTags.get(arn) ?? {});
        if (rule)
            routeRules.set(ref, rule);
    }
    const pairs = await pairsRead;
    missing.push(...missingPairs);
    if (missing.length > 0) {
        throw new errors/* RefusedError */.fk(`${missing.length} resource${missing.length === 1 ? "" : "s"} the config names ${missing.length === 1 ? "does" : "do"} not exist in AWS (${options.region})`, missing);
    }
    // every target group a route forwards to or pairs with, described once
    const known = new Map([...pairs.byArn]);
    const forwarded = [...routeRules.values()].flatMap((rule) => rule.actions.flatMap((a) => (a.type === "forward" ? a.targetGroups : [])));
    const undescribed = unique(forwarded.map((tg) => tg.arn)).filter((arn) => !known.has(arn));
    for (const [arn, facts] of await elb.targetGroupsByArn(undescribed))
        known.set(arn, facts);
    const targetGroups = [...known.values()];
    const [tags, health, alarms] = await Promise.all([
        elb.tags(targetGroups.map((tg) => tg.arn)).then((found) => new Map([...found, ...ruleTags])),
        Promise.all(targetGroups.map(async (tg) => [tg.arn, await elb.targetHealth(tg)])).then((entries) => new Map(entries)),
        config.traffic.alarms.length > 0 ? aws.alarms.states(config.traffic.alarms) : Promise.resolve([]),
    ]);
    // a standby that promote detached from the forward action is named only by the live side's tag
    const standbyArns = unique(targetGroups.flatMap((tg) => tags.get(tg.arn)?.[traffic_tags/* TAG */.Dk.standby] ?? [])).filter((arn) => !known.has(arn));
    if (standbyArns.length > 0) {
        const standbys = [...(await elb.targetGroupsByArn(standbyArns)).values()];
        const [standbyTags, standbyHealth] = await Promise.all([
            elb.tags(standbys.map((tg) => tg.arn)),
            Promise.all(standbys.map(async (tg) => [tg.arn, await elb.targetHealth(tg)])),
        ]);
        for (const tg of standbys) {
            known.set(tg.arn, tg);
            targetGroups.push(tg);
            tags.set(tg.arn, standbyTags.get(tg.arn) ?? {});
        }
        for (const [arn, targets] of standbyHealth)
            health.set(arn, targets);
    }
    const tagsOf = (arn) => tags.get(arn) ?? {};
    const { backends, notes } = await readBackends(refs, routeRules, pairs.byRoute, tagsOf, aws);
    const observedTargetGroups = {};
    for (const tg of targetGroups) {
        observedTargetGroups[tg.arn] = {
            targetGroup: tg,
            tags: tagsOf(tg.arn),
            targets: health.get(tg.arn) ?? [],
            backend: backends.get(tg.arn),
        };
    }
    const routes = refs.flatMap((ref) => {
        const found = listeners.get(ref.lbIndex);
        const rule = routeRules.get(ref);
        if (!found || !rule)
            return [];
        const withTags = (r) => ({ ...r, tags: tagsOf(r.arn) });
        const headerRules = (rulesByListener.get(found.listener.arn) ?? []).filter((r) => {
            if (r.arn === rule.arn)
                return false;
            const t = (0,traffic_tags/* readCutoverTags */.uG)(tagsOf(r.arn));
            return t.project === config.project && t.service === ref.service.name;
        });
        return [
            {
                loadBalancer: ref.lb.name,
                service: ref.service.name,
                serviceType: ref.service.type,
                loadBalancerFacts: found.loadBalancer,
                listener: found.listener,
                rule: withTags(rule),
                pair: pairs.byRoute.get(ref),
                headerRules: headerRules.map(withTags),
                listenerPriorities: (rulesByListener.get(found.listener.arn) ?? []).flatMap((r) => (r.priority === "default" ? [] : [r.priority])),
                listenerRules: (rulesByListener.get(found.listener.arn) ?? []).map(withTags),
                notes: notes.get(ref) ?? [],
            },
        ];
    });
    return { project: config.project, region: options.region, routes, targetGroups: observedTargetGroups, alarms };
}
function routeRefs(config, services) {
    const selected = (0,service_selection/* serviceFilter */.s)(config, services);
    return config.loadBalancers.flatMap((lb, lbIndex) => lb.routes.flatMap((route, routeIndex) => {
        const serviceIndex = config.services.findIndex((s) => s.name === route.service);
        const service = config.services[serviceIndex];
        return service && selected(service.name) ? [{ lb, lbIndex, route, routeIndex, service, serviceIndex }] : [];
    }));
}
/** Listeners by the index of their `loadBalancers[]` entry. */
async function findListeners(refs, elb, missing) {
    const entries = [...new Map(refs.map((r) => [r.lbIndex, r])).values()];
    const out = new Map();
    const byName = entries.flatMap((r) => "loadBalancer" in r.lb.listener ? [{ ref: r, name: r.lb.listener.loadBalancer, port: r.lb.listener.port }] : []);
    const albs = await elb.loadBalancersByName(unique(byName.map((e) => e.name)));
    const listenersOf = new Map();
    await Promise.all(byName.map(async ({ ref, name, port }) => {
        const where = `loadBalancers[${ref.lbIndex}] (${ref.lb.name}).listener`;
        const alb = albs.get(name);
        if (!alb) {
            missing.push(`${where}.loadBalancer: no load balancer named '${name}'`);
            return;
        }
        let pending = listenersOf.get(alb.arn);
        if (!pending) {
            pending = about(ref.lb.name, elb.listeners(alb));
            listenersOf.set(alb.arn, pending);
        }
        const all = await pending;
        const listener = all.find((l) => l.port === port);
        if (!listener) {
            const ports = all.map((l) => l.port).join(", ") || "none";
            missing.push(`${where}.port: load balancer '${name}' has no listener on port ${port} (its listeners: ${ports})`);
            return;
        }
        out.set(ref.lbIndex, { loadBalancer: alb, listener });
    }));
    const byArn = entries.flatMap((r) => ("arn" in r.lb.listener ? [{ ref: r, arn: r.lb.listener.arn }] : []));
    if (byArn.length > 0) {
        const found = await elb.listenersByArn(unique(byArn.map((e) => e.arn)));
        const albsByArn = await elb.loadBalancersByArn(unique([...found.values()].map((l) => l.loadBalancerArn)));
        for (const { ref, arn } of byArn) {
            const listener = found.get(arn);
            const alb = listener && albsByArn.get(listener.loadBalancerArn);
            if (!listener || !alb)
                missing.push(`loadBalancers[${ref.lbIndex}] (${ref.lb.name}).listener.arn: no listener ${arn}`);
            else
                out.set(ref.lbIndex, { loadBalancer: alb, listener });
        }
    }
    return out;
}
function findRule(ref, rules, listener, missing, tagsOf) {
    const where = `loadBalancers[${ref.lbIndex}] (${ref.lb.name}).routes[${ref.routeIndex}].rule`;
    const on = listenerLabel(listener);
    const wanted = ref.route.rule;
    if (wanted === "default") {
        const rule = rules.find((r) => r.priority === "default");
        if (!rule)
            missing.push(`${where}: listener ${on} reports no default rule`);
        return rule;
    }
    if ("priority" in wanted) {
        // moved up by cutover (headerRouting.makeRoom): its tag says where the config knows it; a header rule
        // that now holds that priority is not the route's rule
        const rule = rules.find((r) => tagsOf(r.arn)[traffic_tags/* TAG */.Dk.originalPriority] === String(wanted.priority)) ??
            rules.find((r) => r.priority === wanted.priority && tagsOf(r.arn)[traffic_tags/* TAG */.Dk.headerRule] === undefined);
        if (!rule) {
            const priorities = rules.flatMap((r) => (r.priority === "default" ? [] : [r.priority])).join(", ") || "none";
            missing.push(`${where}.priority: listener ${on} has no rule at priority ${wanted.priority} (its priorities: ${priorities})`);
        }
        return rule;
    }
    const rule = rules.find((r) => r.arn === wanted.arn);
    if (!rule)
        missing.push(`${where}.arn: listener ${on} has no rule ${wanted.arn}`);
    return rule;
}
/** The two target groups of each target-group service, by name or ARN as the config gives them. */
async function resolvePairs(refs, elb, missing) {
    const pairRefs = refs.flatMap((ref) => (ref.service.type === "target-group" ? [{ ref, pair: ref.service.targetGroups }] : []));
    const isArn = (s) => s.startsWith("arn:");
    const all = unique(pairRefs.flatMap((p) => [...p.pair]));
    const [byName, byArn] = await Promise.all([
        elb.targetGroupsByName(all.filter((s) => !isArn(s))),
        elb.targetGroupsByArn(all.filter(isArn)),
    ]);
    const lookup = (s) => (isArn(s) ? byArn.get(s) : byName.get(s));
    const byRoute = new Map();
    const described = new Map();
    const reported = new Set();
    for (const { ref, pair } of pairRefs) {
        const [a, b] = [lookup(pair[0]), lookup(pair[1])];
        pair.forEach((s, i) => {
            const key = `${ref.serviceIndex}:${i}`;
            if (!lookup(s) && !reported.has(key)) {
                reported.add(key);
                missing.push(`services[${ref.serviceIndex}] (${ref.service.name}).targetGroups[${i}]: no target group ${isArn(s) ? s : `named '${s}'`}`);
            }
        });
        if (a && b) {
            byRoute.set(ref, [a.arn, b.arn]);
            described.set(a.arn, a).set(b.arn, b);
        }
    }
    return { byRoute, byArn: described };
}
/**
 * The ECS services and ASGs behind each route's target groups. Candidates are the configured blue
 * and the green that deploy-green names after each release found in the target groups' tags; the
 * match itself is by target group ARN, as the service or group lists it.
 */
async function readBackends(refs, routeRules, pairs, tagsOf, aws) {
    const backends = new Map();
    const notes = new Map();
    const note = (ref, text) => notes.set(ref, [...(notes.get(ref) ?? []), text]);
    const candidatesOf = (ref, base) => {
        const listed = [...(pairs.get(ref) ?? []), ...forwardArns(routeRules.get(ref))];
        const arns = [...listed, ...listed.flatMap((arn) => tagsOf(arn)[traffic_tags/* TAG */.Dk.standby] ?? [])];
        const releases = arns.flatMap((arn) => (0,traffic_tags/* readCutoverTags */.uG)(tagsOf(arn)).release ?? []);
        return unique([base, ...releases.map((release) => (0,naming/* greenResourceName */.p3)(base, release))]);
    };
    const attach = (facts) => {
        for (const arn of facts.targetGroupArns)
            backends.set(arn, facts);
    };
    const ecsRefs = refs.filter((r) => r.service.type === "ecs");
    const clusters = unique(ecsRefs.map((r) => r.service.cluster));
    const asgRefs = refs.filter((r) => r.service.type === "asg");
    await Promise.all([
        ...clusters.map(async (cluster) => {
            const inCluster = ecsRefs.filter((r) => r.service.cluster === cluster);
            try {
                const found = await aws.containerServices.services(cluster, unique(inCluster.flatMap((r) => candidatesOf(r, r.service.service))));
                for (const facts of found.values())
                    if (facts.status !== "INACTIVE")
                        attach(facts);
                for (const ref of inCluster) {
                    const blue = found.get(ref.service.service);
                    if (!blue || blue.status === "INACTIVE")
                        note(ref, `services[${ref.serviceIndex}].service: no active ECS service '${ref.service.service}' in cluster '${cluster}'`);
                }
            }
            catch (error) {
                if (!(0,aws_call/* isAwsCode */.HO)(error, "ClusterNotFound"))
                    throw error;
                for (const ref of inCluster)
                    note(ref, `services[${ref.serviceIndex}].cluster: no ECS cluster '${cluster}'`);
            }
        }),
        (async () => {
            if (asgRefs.length === 0)
                return;
            const found = await aws.autoScalingGroups.groups(unique(asgRefs.flatMap((r) => candidatesOf(r, r.service.autoScalingGroup))));
            for (const facts of found.values())
                attach(facts);
            for (const ref of asgRefs) {
                if (!found.has(ref.service.autoScalingGroup))
                    note(ref, `services[${ref.serviceIndex}].autoScalingGroup: no Auto Scaling Group '${ref.service.autoScalingGroup}'`);
            }
        })(),
    ]);
    return { backends, notes };
}
function forwardArns(rule) {
    return (rule?.actions ?? []).flatMap((a) => (a.type === "forward" ? a.targetGroups.map((tg) => tg.arn) : []));
}
/** Names the config entry in an AWS error: `DescribeRules on feed-normalizers (spectate-feeds:80): ...`. */
async function about(owner, pending) {
    try {
        return await pending;
    }
    catch (error) {
        throw error instanceof aws_call/* AwsError */.Gy && owner !== "" ? error.about(owner) : error;
    }
}
function unique(items) {
    return [...new Set(items)];
}

;// CONCATENATED MODULE: ./src/aws/observe-estate.ts





/**
 * How every AWS command connects: settings from the config and the environment, the AWS keys it was
 * given masked before anything can print them, one set of clients sharing a call counter.
 */
function connectForCommand(config, env, host, connect = connectAws) {
    const settings = awsSettings(config.aws, env);
    if (settings.credentials)
        host.maskSecret(settings.credentials.secretAccessKey);
    if (settings.credentials?.sessionToken)
        host.maskSecret(settings.credentials.sessionToken);
    return { settings, aws: connect(settings) };
}
/** The estate read and modelled; an AWS failure here is "could not read the estate", nothing changed. */
async function readModelledEstate(config, aws, options) {
    try {
        return (0,estate/* modelEstate */.YS)(await readEstate(config, aws, options));
    }
    catch (error) {
        if (error instanceof aws_call/* AwsError */.Gy)
            throw new errors/* OperationError */.OK(`could not read the estate: ${error.message}`, { kind: "untouched" }, { cause: error });
        throw error;
    }
}
/** Connect, read, model and close, for a command that only reads (status, verify). */
async function observeEstate(config, options, connect = connectAws) {
    const { settings, aws } = connectForCommand(config, options.env, options.host, connect);
    try {
        const estate = await readModelledEstate(config, aws, { region: settings.region, services: options.services });
        return { estate, calls: aws.calls.summary() };
    }
    finally {
        aws.close();
    }
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

/***/ 61361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T8: () => (/* binding */ targetGroupNameFromArn),
/* harmony export */   YS: () => (/* binding */ modelEstate),
/* harmony export */   _H: () => (/* binding */ headerRule),
/* harmony export */   qA: () => (/* binding */ routeLabel)
/* harmony export */ });
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46944);

function modelEstate(observed) {
    return {
        project: observed.project,
        region: observed.region,
        routes: observed.routes.map((route) => modelRoute(observed, route)),
        alarms: observed.alarms,
    };
}
/** `feed-normalizers priority 10`, `frontend default action`: how messages name a route. */
function routeLabel(route) {
    return `${route.loadBalancer} ${route.rule.priority === "default" ? "default action" : `rule ${route.rule.priority}`}`;
}
function modelRoute(observed, route) {
    const problems = [...route.notes];
    const forwards = route.rule.actions.filter((a) => a.type === "forward");
    const forwardFacts = forwards[0];
    const forward = forwardFacts && {
        targetGroups: forwardFacts.targetGroups,
        stickiness: forwardFacts.stickiness,
    };
    if (!forward) {
        const types = route.rule.actions.map(actionType).join(", ") || "no action";
        problems.push(`does not forward to target groups (${types}): cutover can only weigh a forward action`);
    }
    const weights = new Map((forward?.targetGroups ?? []).map((tg) => [tg.arn, tg.weight]));
    const total = [...weights.values()].reduce((sum, w) => sum + w, 0);
    const listed = unique([...(route.pair ?? []), ...weights.keys()]);
    // a standby that promote detached (afterPromote: remove-blue) is found through the live side's pointer
    const pointed = listed.flatMap((arn) => {
        const standby = observed.targetGroups[arn]?.tags[_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG */ .Dk.standby];
        // a pointer to a standby since retired (kept because other tooling owns it), or to a pair member a
        // later deploy-green took as its green, no longer counts
        const tags = standby === undefined ? undefined : observed.targetGroups[standby]?.tags;
        return standby !== undefined && tags !== undefined && tags[_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG */ .Dk.colour] !== _tags_js__WEBPACK_IMPORTED_MODULE_0__/* .RETIRED */ .wk && tags[_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG */ .Dk.colour] !== "green" ? [standby] : [];
    });
    const candidates = unique([...listed, ...pointed]);
    const state = (arn) => {
        const weight = weights.get(arn) ?? 0;
        return targetGroupState(observed.targetGroups[arn], arn, {
            attached: weights.has(arn),
            weight,
            share: total > 0 ? Math.round((weight * 10_000) / total) / 100 : 0,
        });
    };
    const states = new Map(candidates.map((arn) => [arn, state(arn)]));
    const standbys = candidates.filter((arn) => pointed.includes(arn) || states.get(arn)?.tags.colourTag === _tags_js__WEBPACK_IMPORTED_MODULE_0__/* .STANDBY */ .mn);
    const { blue, green, sideProblems } = chooseSides(route, candidates, states, standbys);
    problems.push(...sideProblems);
    const standby = latestStandby(standbys.filter((arn) => arn !== blue), pointed, states);
    for (const tg of states.values()) {
        if (tg.tags.project !== undefined && tg.tags.project !== observed.project)
            problems.push(`${tg.name} is tagged for project '${tg.tags.project}', not '${observed.project}'`);
        if (tg.tags.service !== undefined && tg.tags.service !== route.service)
            problems.push(`${tg.name} is tagged for service '${tg.tags.service}', not '${route.service}'`);
    }
    if (route.pair) {
        for (const arn of weights.keys()) {
            if (!route.pair.includes(arn))
                problems.push(`forwards to ${states.get(arn)?.name ?? arn}, which is not one of the service's two target groups`);
        }
    }
    const blueState = blue === undefined ? undefined : states.get(blue);
    const greenState = green === undefined ? undefined : states.get(green);
    const others = candidates
        .filter((arn) => arn !== blue && arn !== green && weights.has(arn) && !standbys.includes(arn))
        .flatMap((arn) => states.get(arn) ?? []);
    if (forward && total === 0)
        problems.push("every target group in the forward action has weight 0: the ALB answers 503");
    return {
        loadBalancer: route.loadBalancer,
        loadBalancerName: route.loadBalancerFacts.name,
        loadBalancerArn: route.loadBalancerFacts.arn,
        dnsName: route.loadBalancerFacts.dnsName,
        listener: route.listener,
        rule: { arn: route.rule.arn, priority: route.rule.priority, conditions: route.rule.conditions },
        service: route.service,
        serviceType: route.serviceType,
        phase: phaseOf(blueState, greenState, others),
        greenShare: greenState?.attached ? greenState.share : 0,
        blue: blueState,
        green: greenState,
        ...(standby === undefined ? {} : { standby }),
        others,
        forward,
        actionTypes: route.rule.actions.map(actionType),
        headerRules: route.headerRules.map(headerRule),
        listenerPriorities: route.listenerPriorities ?? [],
        // an observation without the whole listener (older tests, a hand-made estate) still has the route's own rules
        listenerRules: (route.listenerRules ?? [route.rule, ...route.headerRules]).map(headerRule),
        problems,
    };
}
function chooseSides(route, candidates, states, standbys) {
    const sideProblems = [];
    // a pair's sides are its two members; anything else forwarded to is reported, never a side.
    // A standby of an ECS service or ASG is never green (it is a release that was live); a pair's
    // standby member still is, being the pair's only other side.
    const members = route.pair
        ? candidates.filter((arn) => route.pair?.includes(arn))
        : candidates.filter((arn) => !standbys.includes(arn) || states.get(arn)?.tags.colour === "blue" || (states.get(arn)?.weight ?? 0) > 0);
    const tagged = (colour) => members.filter((arn) => states.get(arn)?.tags.colour === colour);
    const weightOf = (arn) => states.get(arn)?.weight ?? 0;
    const nameOf = (arn) => states.get(arn)?.name ?? arn;
    const taggedGreen = tagged("green");
    const taggedBlue = tagged("blue");
    for (const [colour, list] of [
        ["green", taggedGreen],
        ["blue", taggedBlue],
    ]) {
        if (list.length > 1)
            sideProblems.push(`${list.map(nameOf).join(" and ")} are all tagged ${colour}; deciding by weights`);
    }
    let green = taggedGreen.length === 1 ? taggedGreen[0] : undefined;
    let blue = taggedBlue.length === 1 && taggedBlue[0] !== green ? taggedBlue[0] : undefined;
    if (blue === undefined) {
        const others = members.filter((arn) => arn !== green);
        blue = others.find((arn) => weightOf(arn) > 0) ?? (green !== undefined ? others[0] : undefined);
    }
    // with neither tags nor traffic to go by, naming either side would be a guess
    if (green === undefined && blue !== undefined) {
        const rest = members.filter((arn) => arn !== blue);
        // a third target group in an ECS/ASG route: the one with more traffic is the likelier green
        const likeliest = [...rest].sort((a, b) => weightOf(b) - weightOf(a))[0];
        green = likeliest;
        if (likeliest !== undefined && rest.length > 1)
            sideProblems.push(`more than one target group besides blue (${rest.map(nameOf).join(", ")}); took ${nameOf(likeliest)} as green`);
    }
    if (blue === undefined)
        sideProblems.push("no target group carries traffic");
    return { blue, green, sideProblems };
}
/** The standby to go back to: the one the live side points at, else the most recently promoted away. */
function latestStandby(standbys, pointed, states) {
    const byPointer = standbys.find((arn) => pointed.includes(arn));
    const latest = [...standbys].sort((a, b) => (states.get(b)?.tags.promotedAt ?? "").localeCompare(states.get(a)?.tags.promotedAt ?? ""))[0];
    const arn = byPointer ?? latest;
    return arn === undefined ? undefined : states.get(arn);
}
function phaseOf(blue, green, others) {
    if (green === undefined || !green.attached)
        return "no-green";
    if (green.share === 0)
        return "green-attached";
    const elsewhere = (blue?.share ?? 0) + others.reduce((sum, tg) => sum + tg.share, 0);
    return elsewhere === 0 ? "green-live" : "switching";
}
function targetGroupState(observed, arn, traffic) {
    // The reader describes every candidate; a gap here means a target group vanished mid-read.
    const targetGroup = observed?.targetGroup ?? emptyTargetGroup(arn);
    const tags = (0,_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .readCutoverTags */ .uG)(observed?.tags ?? {});
    const targets = observed?.targets ?? [];
    const backend = observed?.backend;
    return {
        arn,
        name: targetGroup.name,
        ...traffic,
        health: {
            healthy: targets.filter((t) => t.state === "healthy").length,
            total: targets.length,
            notHealthy: targets.filter((t) => t.state !== "healthy"),
        },
        release: tags.release ?? (backend ? (0,_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .readCutoverTags */ .uG)(backend.tags).release : undefined),
        tags,
        targetGroup,
        backend,
    };
}
/** A rule cutover tagged for the route, as the planners read it (the header-rule writer reads its own writes back through this too). */
function headerRule(rule) {
    const tags = (0,_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .readCutoverTags */ .uG)(rule.tags);
    const header = rule.conditions.find((c) => c.field === "http-header");
    const role = rule.tags[_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG */ .Dk.headerRule];
    return {
        arn: rule.arn,
        priority: rule.priority,
        colour: tags.colour,
        ...(role === "green" || role === "blue" ? { role } : {}),
        release: tags.release,
        header: header?.header === undefined ? undefined : { name: header.header, values: header.values },
        conditions: rule.conditions,
        action: rule.actions[rule.actions.length - 1],
        ...(rule.tags[_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG */ .Dk.adoptedFrom] === undefined ? {} : { adoptedFrom: rule.tags[_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG */ .Dk.adoptedFrom] }),
        ...(Number.isInteger(Number(rule.tags[_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG */ .Dk.originalPriority] ?? "x"))
            ? { originalPriority: Number(rule.tags[_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG */ .Dk.originalPriority]) }
            : {}),
        ...(rule.tags[_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG */ .Dk.madeRoom] === "true" ? { madeRoom: true } : {}),
        ...(tags.project === undefined ? {} : { cutoverProject: tags.project }),
    };
}
function actionType(action) {
    return action.type === "other" ? action.awsType : action.type;
}
/** The name is the ARN's `targetgroup/<name>/<id>` segment. */
function targetGroupNameFromArn(arn) {
    return /:targetgroup\/([^/]+)\//.exec(arn)?.[1] ?? arn;
}
function emptyTargetGroup(arn) {
    return {
        arn,
        name: targetGroupNameFromArn(arn),
        protocol: undefined,
        port: undefined,
        targetType: undefined,
        vpcId: undefined,
        loadBalancerArns: [],
        healthCheck: {
            enabled: undefined,
            protocol: undefined,
            port: undefined,
            path: undefined,
            intervalSeconds: undefined,
            timeoutSeconds: undefined,
            healthyThreshold: undefined,
            unhealthyThreshold: undefined,
            matcher: undefined,
        },
    };
}
function unique(items) {
    return [...new Set(items)];
}


/***/ }),

/***/ 9811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ sameForward),
/* harmony export */   g: () => (/* binding */ forwardActionBody)
/* harmony export */ });
/**
 * A forward action in the ELBv2 API's own JSON shape, as ModifyListener and ModifyRule take it:
 * always the weighted form, even for one target group, so a later weight change is a value change.
 * Plans print it; the load-balancing adapter sends it.
 */
function forwardActionBody(forward, order) {
    const sticky = forward.stickiness;
    return {
        Type: "forward",
        ...(order === undefined ? {} : { Order: order }),
        ForwardConfig: {
            TargetGroups: forward.targetGroups.map((tg) => ({ TargetGroupArn: tg.arn, Weight: tg.weight })),
            ...(sticky
                ? {
                    TargetGroupStickinessConfig: {
                        Enabled: sticky.enabled,
                        ...(sticky.durationSeconds === undefined ? {} : { DurationSeconds: sticky.durationSeconds }),
                    },
                }
                : {}),
        },
    };
}
/** Same target groups with the same weights in the same order, and the same stickiness. */
function sameForward(a, b) {
    const tg = (f) => f.targetGroups.map((t) => `${t.arn}=${t.weight}`).join(",");
    const sticky = (f) => (f.stickiness?.enabled ? `on:${f.stickiness.durationSeconds ?? ""}` : "off");
    return tg(a) === tg(b) && sticky(a) === sticky(b);
}


/***/ }),

/***/ 46944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dk: () => (/* binding */ TAG),
/* harmony export */   g$: () => (/* binding */ CREATED_BY_CUTOVER),
/* harmony export */   kV: () => (/* binding */ cutoverTags),
/* harmony export */   mn: () => (/* binding */ STANDBY),
/* harmony export */   uG: () => (/* binding */ readCutoverTags),
/* harmony export */   wk: () => (/* binding */ RETIRED)
/* harmony export */ });
/**
 * Tags are cutover's only state store: everything it creates carries them, so a later command on
 * another runner finds the estate from AWS alone (DESIGN.md, "State lives where it already is").
 */
const TAG = {
    project: "cutover:project",
    service: "cutover:service",
    release: "cutover:release",
    colour: "cutover:colour",
    createdBy: "cutover:created-by",
    /** On a listener rule cutover made for header routing: which header values it matches (`green` | `blue`). */
    headerRule: "cutover:header-rule",
    /** On the side a promote took out of service: when (ISO 8601). The standby clock starts there. */
    promotedAt: "cutover:promoted-at",
    /** On the live side after a promote: the ARN of the standby it replaced, so rollback finds it even when detached. */
    standby: "cutover:standby",
    /**
     * On a header rule another tool made that cutover took over for a role: what it did before
     * (`fixed-response:404`, `forward:<target group ARN>`), so a rollback puts it back. Dropped at promote.
     */
    adoptedFrom: "cutover:adopted-from",
    /** On a rule cutover moved to make room for header rules (`headerRouting.makeRoom`): its priority before. */
    originalPriority: "cutover:original-priority",
    /** On a header rule placed in room cutover made: removed when the moved rules go back. */
    madeRoom: "cutover:made-room",
};
/**
 * What promote and rollback write (src/traffic/promote-plan.ts, rollback-plan.ts), on target groups:
 *
 * - promote: the side that goes live gets `cutover:colour=blue` and `cutover:standby=<old side's ARN>`
 *   (written first, so a crash right after still reads right); then the old side gets
 *   `cutover:colour=standby` and `cutover:promoted-at=<ISO time>`. From then on the new live side
 *   reads as blue, and the standby is what a rollback within `traffic.standby` goes back to.
 * - retiring a standby (`promote --cleanup`, or a later promote once the standby time has passed):
 *   what cutover created is deleted; what other tooling owns (a pair's member, the configured
 *   original service's target group) is kept and tagged `cutover:colour=retired`, promoted-at removed.
 * - rollback: the side it goes back to reads `blue` again (promoted-at removed) when it was tagged
 *   otherwise; the side it leaves reads `green` (the standby pointer removed) when it was tagged otherwise.
 */
const STANDBY = "standby";
const RETIRED = "retired";
/** The value cutover writes under `cutover:created-by`: what it created, it may delete. */
const CREATED_BY_CUTOVER = "cutover";
function readCutoverTags(tags) {
    const colour = tags[TAG.colour];
    return {
        project: tags[TAG.project],
        service: tags[TAG.service],
        release: tags[TAG.release],
        colour: colour === "blue" || colour === "green" ? colour : undefined,
        createdBy: tags[TAG.createdBy],
        ...(colour === undefined ? {} : { colourTag: colour }),
        ...(tags[TAG.promotedAt] === undefined ? {} : { promotedAt: tags[TAG.promotedAt] }),
        ...(tags[TAG.standby] === undefined ? {} : { standbyArn: tags[TAG.standby] }),
    };
}
/** The tags cutover puts on what it creates or takes charge of. */
function cutoverTags(values) {
    return {
        [TAG.project]: values.project,
        [TAG.service]: values.service,
        [TAG.release]: values.release,
        [TAG.colour]: values.colour,
        [TAG.createdBy]: values.createdBy ?? CREATED_BY_CUTOVER,
    };
}


/***/ })

};
