export const id = 454;
export const ids = [454];
export const modules = {

/***/ 8454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ observeEstate)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/traffic/estate.ts
var traffic_estate = __webpack_require__(1361);
;// CONCATENATED MODULE: ./src/aws/aws-call.ts
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
class AwsError extends Error {
    action;
    resource;
    code;
    detail;
    constructor(action, resource, 
    /** The SDK's error name without its `Exception` suffix: ListenerNotFound, Throttling, ... */
    code, detail, options) {
        super(`${action} on ${resource}: ${code}: ${detail}`, options);
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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-auto-scaling/dist-cjs/index.js
var dist_cjs = __webpack_require__(8932);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-cjs/index.js
var client_cloudwatch_dist_cjs = __webpack_require__(4085);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-cjs/index.js
var client_ecs_dist_cjs = __webpack_require__(212);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-cjs/index.js
var client_elastic_load_balancing_v2_dist_cjs = __webpack_require__(586);
;// CONCATENATED MODULE: ./src/aws/alarms.ts


/** DescribeAlarms takes at most 100 names. */
const BATCH = 100;
function createAlarms(client, calls) {
    return {
        async states(names) {
            const found = new Map();
            for (const batch of chunks([...new Set(names)], BATCH)) {
                let token;
                do {
                    const page = await callAws(calls, "cloudwatch", "DescribeAlarms", batch.join(", "), () => client.send(new client_cloudwatch_dist_cjs/* DescribeAlarmsCommand */.zWD({ AlarmNames: batch, AlarmTypes: ["MetricAlarm", "CompositeAlarm"], NextToken: token })));
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
    return {
        async groups(names) {
            const out = new Map();
            for (const batch of chunks([...new Set(names)], auto_scaling_groups_BATCH)) {
                const answer = await callAws(calls, "autoscaling", "DescribeAutoScalingGroups", batch.join(", "), () => client.send(new dist_cjs/* DescribeAutoScalingGroupsCommand */.NkQ({ AutoScalingGroupNames: batch, MaxRecords: 100 })));
                for (const group of answer.AutoScalingGroups ?? []) {
                    if (group.AutoScalingGroupName)
                        out.set(group.AutoScalingGroupName, groupFacts(group));
                }
            }
            return out;
        },
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


/** DescribeServices takes at most 10 services. */
const container_services_BATCH = 10;
function createContainerServices(client, calls) {
    return {
        async services(cluster, names) {
            const out = new Map();
            for (const batch of chunks([...new Set(names)], container_services_BATCH)) {
                const answer = await callAws(calls, "ecs", "DescribeServices", `${cluster}/${batch.join(", ")}`, () => client.send(new client_ecs_dist_cjs/* DescribeServicesCommand */.H7c({ cluster, services: batch, include: ["TAGS"] })));
                // names that do not exist come back in `failures` (reason MISSING), not as an error
                for (const service of answer.services ?? []) {
                    if (service.serviceName)
                        out.set(service.serviceName, serviceFacts(cluster, service));
                }
            }
            return out;
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

;// CONCATENATED MODULE: ./src/aws/load-balancing.ts


/** DescribeTags takes at most 20 ARNs; the describe calls are given the same batches. */
const load_balancing_BATCH = 20;
/** DescribeRules pages hold at most 400 rules. */
const RULES_PAGE = 400;
function createLoadBalancing(client, calls) {
    const call = (action, resource, send) => callAws(calls, "elasticloadbalancing", action, resource, send);
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
        for (const batch of chunks([...new Set(keys)], load_balancing_BATCH)) {
            try {
                add(await describe(batch));
            }
            catch (error) {
                if (!isAwsCode(error, notFound))
                    throw error;
                if (batch.length === 1)
                    continue;
                for (const key of batch) {
                    try {
                        add(await describe([key]));
                    }
                    catch (single) {
                        if (!isAwsCode(single, notFound))
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
            for (const batch of chunks([...new Set(arns)], load_balancing_BATCH)) {
                const answer = await call("DescribeTags", `${batch.length} resource(s)`, () => client.send(new client_elastic_load_balancing_v2_dist_cjs/* DescribeTagsCommand */.yRM({ ResourceArns: batch })));
                for (const description of answer.TagDescriptions ?? []) {
                    if (!description.ResourceArn)
                        continue;
                    out.set(description.ResourceArn, Object.fromEntries((description.Tags ?? []).map((t) => [t.Key ?? "", t.Value ?? ""])));
                }
            }
            return out;
        },
    };
}
// ---------------------------------------------------------------- SDK shapes → plain facts
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
function connectAws(settings, calls = new AwsCalls()) {
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
    return {
        loadBalancing: createLoadBalancing(elbv2, calls),
        containerServices: createContainerServices(ecs, calls),
        autoScalingGroups: createAutoScalingGroups(autoScaling, calls),
        alarms: createAlarms(cloudWatch, calls),
        calls,
        close() {
            for (const client of [elbv2, ecs, autoScaling, cloudWatch])
                client.destroy();
        },
    };
}

// EXTERNAL MODULE: ./src/release/naming.ts
var naming = __webpack_require__(7161);
// EXTERNAL MODULE: ./src/release/service-selection.ts
var service_selection = __webpack_require__(8185);
// EXTERNAL MODULE: ./src/traffic/tags.ts
var traffic_tags = __webpack_require__(6944);
;// CONCATENATED MODULE: ./src/aws/estate-reader.ts






async function readEstate(config, aws, options) {
    const refs = routeRefs(config, options.services);
    const missing = [];
    const missingPairs = [];
    const elb = aws.loadBalancing;
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
    const routeRules = new Map();
    for (const ref of refs) {
        const found = listeners.get(ref.lbIndex);
        if (!found)
            continue;
        const rule = findRule(ref, rulesByListener.get(found.listener.arn) ?? [], found.listener, missing);
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
    const ruleArns = [...rulesByListener.values()].flat().map((r) => r.arn);
    const [tags, health, alarms] = await Promise.all([
        elb.tags([...targetGroups.map((tg) => tg.arn), ...ruleArns]),
        Promise.all(targetGroups.map(async (tg) => [tg.arn, await elb.targetHealth(tg)])).then((entries) => new Map(entries)),
        config.traffic.alarms.length > 0 ? aws.alarms.states(config.traffic.alarms) : Promise.resolve([]),
    ]);
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
function findRule(ref, rules, listener, missing) {
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
        const rule = rules.find((r) => r.priority === wanted.priority);
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
        const arns = [...(pairs.get(ref) ?? []), ...forwardArns(routeRules.get(ref))];
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
                if (!isAwsCode(error, "ClusterNotFound"))
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
        throw error instanceof AwsError && owner !== "" ? error.about(owner) : error;
    }
}
function unique(items) {
    return [...new Set(items)];
}

;// CONCATENATED MODULE: ./src/aws/observe-estate.ts





/**
 * Reads the estate from AWS and models it, for any command: masks the AWS keys it was given, counts
 * the calls, closes the clients, and turns an AWS failure into "could not read the estate" with
 * nothing changed.
 */
async function observeEstate(config, options, connect = connectAws) {
    const settings = awsSettings(config.aws, options.env);
    if (settings.credentials)
        options.host.maskSecret(settings.credentials.secretAccessKey);
    if (settings.credentials?.sessionToken)
        options.host.maskSecret(settings.credentials.sessionToken);
    const aws = connect(settings);
    try {
        const estate = (0,traffic_estate/* modelEstate */.YS)(await readEstate(config, aws, { region: settings.region, services: options.services }));
        return { estate, calls: aws.calls.summary() };
    }
    catch (error) {
        if (error instanceof AwsError)
            throw new errors/* OperationError */.OK(`could not read the estate: ${error.message}`, { kind: "untouched" }, { cause: error });
        throw error;
    }
    finally {
        aws.close();
    }
}


/***/ }),

/***/ 1361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YS: () => (/* binding */ modelEstate),
/* harmony export */   qA: () => (/* binding */ routeLabel)
/* harmony export */ });
/* unused harmony export targetGroupNameFromArn */
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6944);

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
    const candidates = unique([...(route.pair ?? []), ...weights.keys()]);
    const state = (arn) => {
        const weight = weights.get(arn) ?? 0;
        return targetGroupState(observed.targetGroups[arn], arn, {
            attached: weights.has(arn),
            weight,
            share: total > 0 ? Math.round((weight * 10_000) / total) / 100 : 0,
        });
    };
    const states = new Map(candidates.map((arn) => [arn, state(arn)]));
    const { blue, green, sideProblems } = chooseSides(route, candidates, states);
    problems.push(...sideProblems);
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
    const others = candidates.filter((arn) => arn !== blue && arn !== green && weights.has(arn)).flatMap((arn) => states.get(arn) ?? []);
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
        others,
        forward,
        actionTypes: route.rule.actions.map(actionType),
        headerRules: route.headerRules.map(headerRule),
        problems,
    };
}
function chooseSides(route, candidates, states) {
    const sideProblems = [];
    // a pair's sides are its two members; anything else forwarded to is reported, never a side
    const members = route.pair ? candidates.filter((arn) => route.pair?.includes(arn)) : candidates;
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
function headerRule(rule) {
    const tags = (0,_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .readCutoverTags */ .uG)(rule.tags);
    const header = rule.conditions.find((c) => c.field === "http-header");
    return {
        arn: rule.arn,
        priority: rule.priority,
        colour: tags.colour,
        release: tags.release,
        header: header?.header === undefined ? undefined : { name: header.header, values: header.values },
        conditions: rule.conditions,
        action: rule.actions[rule.actions.length - 1],
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

/***/ 6944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uG: () => (/* binding */ readCutoverTags)
/* harmony export */ });
/* unused harmony exports TAG, CREATED_BY_CUTOVER, cutoverTags */
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
};
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
