export const id = 745;
export const ids = [745];
export const modules = {

/***/ 44745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/aws/observe-estate.ts + 9 modules
var observe_estate = __webpack_require__(37025);
// EXTERNAL MODULE: ./src/traffic/estate.ts
var estate = __webpack_require__(61361);
// EXTERNAL MODULE: ./src/release/naming.ts
var naming = __webpack_require__(27161);
// EXTERNAL MODULE: ./src/traffic/tags.ts
var traffic_tags = __webpack_require__(46944);
;// CONCATENATED MODULE: ./src/deploy/green-plan/draft.ts

/** Collects one service's part of the plan. */
class Draft {
    steps = [];
    ready = [];
    routes = [];
    reused = [];
    refusals = [];
    problems = [];
}
/** The tags of everything deploy-green creates for a service's green side. */
function greenTags(project, service, release) {
    return (0,traffic_tags/* cutoverTags */.kV)({ project, service, release, colour: "green" });
}
/** Made for this project's release by an earlier run: reused rather than created again. */
function isThisRelease(tags, project, release) {
    return tags[traffic_tags/* TAG */.Dk.project] === project && tags[traffic_tags/* TAG */.Dk.release] === release;
}
/** `event-management:7` from a task definition ARN. */
function shortName(arn) {
    return arn.split("/").pop() ?? arn;
}
/** Drops undefined fields, so bodies print and compare as the API would take them. */
function compact(body) {
    return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
}

;// CONCATENATED MODULE: ./src/deploy/green-plan/health-allowance.ts
/**
 * How long a new target may take before `unhealthy` means it failed rather than that it is still
 * starting: the grace period, plus enough checks to pass or fail, plus one timeout.
 */
function healthAllowanceMs(targetGroup, graceSeconds) {
    const hc = targetGroup?.healthCheck;
    const interval = hc?.intervalSeconds ?? 30;
    const checks = Math.max(hc?.healthyThreshold ?? 5, hc?.unhealthyThreshold ?? 2);
    return ((graceSeconds ?? 0) + interval * checks + (hc?.timeoutSeconds ?? 5)) * 1000;
}

;// CONCATENATED MODULE: ./src/deploy/green-plan/forward.ts


/** What deploy-green does to one route's forward action, whatever runs green: refuse, attach, report. */
/** A route whose green already carries traffic belongs to a release in progress: not deploy-green's to touch. */
function refusedAsLive(route, sides, service, draft) {
    const live = sides.filter((s) => s.weight > 0);
    for (const s of live)
        draft.refusals.push(`${(0,estate/* routeLabel */.qA)(route)} (${service}): ${s.name} already carries ${s.share}% of the traffic (release ${s.release ?? "unknown"}, ${route.phase}); finish it with promote or put it back with rollback first`);
    return live.length > 0;
}
/** The forward action with green at weight 0 beside what is there, stale greens dropped; stickiness kept. */
function attach(route, service, green, stale, draft) {
    const current = route.forward?.targetGroups ?? [];
    const kept = current.filter((tg) => !stale.some((s) => s.arn === tg.arn) && tg.arn !== green);
    draft.steps.push({
        kind: "set-forward",
        service,
        route: (0,estate/* routeLabel */.qA)(route),
        place: {
            listenerArn: route.listener.arn,
            ruleArn: route.rule.arn,
            isDefault: route.rule.priority === "default",
            label: `${(0,estate/* routeLabel */.qA)(route)} (${route.loadBalancerName}:${route.listener.port})`,
        },
        targetGroups: [...kept, { arn: green, weight: 0 }],
        stickiness: route.forward?.stickiness,
        actionTypes: route.actionTypes,
        why: ["attach green at weight 0", ...stale.map((s) => `drop the stale green ${s.name} (release ${s.release ?? "?"})`)].join(", "),
    });
    // detached first, so that a crash in between leaves nothing half-deleted on the route
    for (const s of stale) {
        const backend = s.backend;
        if (backend?.tags[traffic_tags/* TAG */.Dk.createdBy] === traffic_tags/* CREATED_BY_CUTOVER */.g$) {
            if (backend.type === "ecs")
                draft.steps.push({ kind: "delete-ecs-service", service, cluster: backend.cluster, name: backend.name });
            else
                draft.steps.push({ kind: "delete-asg", service, name: backend.name });
        }
        draft.steps.push({ kind: "delete-target-group", service, arn: s.arn, name: s.name });
    }
}
/** The report's row for one route. */
function routeRow(route, green, greenArn, action) {
    return {
        route: (0,estate/* routeLabel */.qA)(route),
        ruleArn: route.rule.arn,
        service: route.service,
        blue: route.blue?.name ?? "-",
        green,
        greenArn,
        action,
    };
}

;// CONCATENATED MODULE: ./src/deploy/green-plan/target-groups.ts





/**
 * One green target group per load balancer the service is routed on, found or created, and attached
 * at weight 0 to every route. Returns their ARNs (or placeholders), undefined when refused.
 */
function planTargetGroups(input, service, routes, draft) {
    const { config, release } = input;
    const refusalsBefore = draft.refusals.length;
    const planned = [];
    for (const { name, routes: lbRoutes } of greenTargetGroupNames(service.name, routes, release)) {
        const first = lbRoutes[0];
        const blueTg = first?.blue?.targetGroup;
        if (!first || !blueTg)
            continue;
        const existing = input.facts.targetGroups.get(name);
        if (existing) {
            if (!isThisRelease(existing.tags, config.project, release) || existing.tags[traffic_tags/* TAG */.Dk.service] !== service.name) {
                draft.refusals.push(`${(0,estate/* routeLabel */.qA)(first)} (${service.name}): a target group named '${name}' exists but is not tagged as ${service.name}'s green for release ${release}`);
                continue;
            }
            draft.reused.push(`target group ${name}`);
            planned.push({ arn: existing.facts.arn, name, routes: lbRoutes, created: false });
        }
        else {
            const placeholder = `<new target group ${name}>`;
            draft.steps.push({
                kind: "create-target-group",
                service: service.name,
                loadBalancer: first.loadBalancerName,
                name,
                placeholder,
                body: targetGroupBody(name, blueTg, service.targetGroup),
                tags: greenTags(config.project, service.name, release),
            });
            planned.push({ arn: placeholder, name, routes: lbRoutes, created: true });
        }
    }
    for (const tg of planned) {
        for (const route of tg.routes) {
            const ours = (s) => s.arn === tg.arn || s.name === tg.name;
            const others = [route.green, ...route.others].filter((s) => s !== undefined && s.attached && !ours(s));
            if (refusedAsLive(route, others, service.name, draft))
                continue;
            const stale = staleGreens(route, others, service.name, input, draft);
            if (!stale)
                continue;
            const attached = route.forward?.targetGroups.some((w) => w.arn === tg.arn) ?? false;
            if (!attached || stale.length > 0)
                attach(route, service.name, tg.arn, stale, draft);
            draft.routes.push(routeRow(route, tg.name, tg.arn, tg.created ? "create" : attached && stale.length === 0 ? "in place" : "attach"));
        }
    }
    return draft.refusals.length > refusalsBefore ? undefined : planned.map((tg) => tg.arn);
}
/** The green target group's name on each load balancer the service's routes use, with those routes. */
function greenTargetGroupNames(service, routes, release) {
    const byLoadBalancer = new Map();
    for (const r of routes)
        byLoadBalancer.set(r.loadBalancerArn, [...(byLoadBalancer.get(r.loadBalancerArn) ?? []), r]);
    const several = byLoadBalancer.size > 1;
    return [...byLoadBalancer.values()].map((lbRoutes) => ({
        name: (0,naming/* greenTargetGroupName */.lF)(service, release, several ? lbRoutes[0]?.loadBalancerName : undefined),
        routes: lbRoutes,
    }));
}
function targetGroupBody(name, blue, configured) {
    const hc = blue.healthCheck;
    const protocol = configured?.protocol ?? blue.protocol;
    return compact({
        Name: name,
        Protocol: protocol,
        Port: configured?.port ?? blue.port,
        VpcId: blue.vpcId,
        TargetType: blue.targetType,
        HealthCheckEnabled: hc.enabled,
        HealthCheckProtocol: hc.protocol,
        HealthCheckPort: hc.port,
        HealthCheckPath: configured?.healthCheckPath ?? hc.path,
        HealthCheckIntervalSeconds: hc.intervalSeconds,
        HealthCheckTimeoutSeconds: hc.timeoutSeconds,
        HealthyThresholdCount: hc.healthyThreshold,
        UnhealthyThresholdCount: hc.unhealthyThreshold,
        Matcher: hc.matcher !== undefined && (protocol === "HTTP" || protocol === "HTTPS") ? { HttpCode: hc.matcher } : undefined,
    });
}
/**
 * Target groups besides blue and this release's green in a route's forward action. A green of an
 * older release that never carried traffic goes only with --replace-green; the steps that remove
 * it come first, so a crash in the middle leaves it detached rather than half-replaced.
 */
function staleGreens(route, others, service, input, draft) {
    if (others.length === 0)
        return [];
    const label = `${(0,estate/* routeLabel */.qA)(route)} (${service})`;
    const foreign = others.filter((s) => s.tags.createdBy !== traffic_tags/* CREATED_BY_CUTOVER */.g$);
    if (foreign.length > 0) {
        draft.refusals.push(`${label}: also forwards to ${foreign.map((s) => s.name).join(", ")}, which cutover did not create; remove it first`);
        return undefined;
    }
    if (!input.replaceGreen) {
        for (const s of others)
            draft.refusals.push(`${label}: green ${s.name} holds release ${s.release ?? "(none)"}, which carries no traffic (never switched to, or rolled back); run again with --replace-green to replace it with ${input.release}`);
        return undefined;
    }
    return [...others];
}

;// CONCATENATED MODULE: ./src/deploy/green-plan/asg.ts




/**
 * An Auto Scaling Group's green: a group copied from blue's (its launch template, subnets, health
 * check and tags) beside it, registered in a green target group on each load balancer.
 */
function planAsg(input, service, routes, draft) {
    const { release, config } = input;
    const where = `services[${config.services.indexOf(service)}] (${service.name})`;
    const facts = input.facts.asg.get(service.name);
    const blue = facts?.blue;
    if (!blue) {
        draft.refusals.push(`${where}: no blue Auto Scaling Group '${service.autoScalingGroup}' to copy`);
        return;
    }
    const template = launchTemplate(service, blue);
    if (!template) {
        draft.refusals.push(`${where}: blue group '${blue.facts.name}' has no launch template deploy-green can copy (a mixed instances policy or a launch configuration): set launchTemplate in the config`);
        return;
    }
    const greenName = (0,naming/* greenResourceName */.p3)(service.autoScalingGroup, release);
    const green = facts.green;
    if (green)
        draft.reused.push(`Auto Scaling Group ${greenName}`);
    const targetGroups = planTargetGroups(input, service, routes, draft);
    if (!targetGroups)
        return;
    const capacity = service.capacity === "match-blue"
        ? { min: blue.facts.minSize, max: blue.facts.maxSize, desired: blue.facts.desiredCapacity }
        : service.capacity;
    if (!green) {
        const tags = greenTags(config.project, service.name, release);
        // blue's own tags carry over (cost centre, owner); its Name and cutover's tags are green's own
        const carried = blue.tagList.filter((t) => !t.key.startsWith("aws:") && !t.key.startsWith("cutover:") && t.key !== "Name");
        const named = blue.tagList.some((t) => t.key === "Name") ? [{ key: "Name", value: greenName, propagateAtLaunch: true }] : [];
        const allTags = [...carried, ...named, ...Object.entries(tags).map(([key, value]) => ({ key, value, propagateAtLaunch: true }))];
        draft.steps.push({
            kind: "create-asg",
            service: service.name,
            name: greenName,
            body: compact({
                AutoScalingGroupName: greenName,
                LaunchTemplate: template,
                MinSize: capacity.min,
                MaxSize: capacity.max,
                DesiredCapacity: capacity.desired,
                VPCZoneIdentifier: blue.subnets.join(","),
                TargetGroupARNs: targetGroups,
                HealthCheckType: blue.healthCheckType ?? "ELB",
                HealthCheckGracePeriod: blue.healthCheckGracePeriod,
                DefaultCooldown: blue.defaultCooldown,
                TerminationPolicies: blue.terminationPolicies.length > 0 ? blue.terminationPolicies : undefined,
                Tags: allTags.map((t) => ({
                    Key: t.key,
                    Value: t.value,
                    PropagateAtLaunch: t.propagateAtLaunch,
                    ResourceId: greenName,
                    ResourceType: "auto-scaling-group",
                })),
            }),
        });
    }
    draft.ready.push({
        kind: "asg",
        service: service.name,
        name: greenName,
        targetGroups,
        desired: green ? green.facts.desiredCapacity : capacity.desired,
        timeoutMs: service.readyTimeout,
        allowanceMs: healthAllowanceMs(routes[0]?.blue?.targetGroup, blue.healthCheckGracePeriod),
    });
}
function launchTemplate(service, blue) {
    const configured = service.launchTemplate;
    if (configured)
        return configured.id !== undefined
            ? { LaunchTemplateId: configured.id, Version: configured.version }
            : { LaunchTemplateName: configured.name, Version: configured.version };
    const lt = blue.facts.launchTemplate;
    if (blue.mixedInstances || !lt || (lt.id === undefined && lt.name === undefined))
        return undefined;
    return compact({
        ...(lt.id !== undefined ? { LaunchTemplateId: lt.id } : { LaunchTemplateName: lt.name }),
        Version: lt.version,
    });
}

;// CONCATENATED MODULE: ./src/deploy/task-definition.ts
/**
 * Green's task definition is blue's with one change: the image of the configured container.
 * Everything else (environment, secrets, logging, CPU and memory, roles, volumes) is kept as is.
 */
function containerImage(definition, container) {
    const found = containers(definition).find((c) => c.name === container);
    return typeof found?.image === "string" ? found.image : undefined;
}
function containerNames(definition) {
    return containers(definition).flatMap((c) => (typeof c.name === "string" ? [c.name] : []));
}
function withImage(definition, container, image) {
    return {
        ...definition,
        containerDefinitions: containers(definition).map((c) => (c.name === container ? { ...c, image } : c)),
    };
}
function containers(definition) {
    const list = definition.containerDefinitions;
    return Array.isArray(list) ? list : [];
}
/**
 * What differs between two JSON documents, one line per changed leaf:
 * `containerDefinitions[app].image: "a:1" → "a:2"`. Arrays of named objects (containers, environment
 * entries) are matched by name, so reordering shows no change; keys are compared sorted.
 */
function jsonDiff(before, after, path = "") {
    if (isObject(before) && isObject(after)) {
        const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
        return keys.flatMap((key) => jsonDiff(before[key], after[key], path === "" ? key : `${path}.${key}`));
    }
    if (Array.isArray(before) && Array.isArray(after) && before.every(named) && after.every(named)) {
        const byName = (list) => new Map(list.map((item) => [String(item.name), item]));
        const [a, b] = [byName(before), byName(after)];
        const names = [...new Set([...a.keys(), ...b.keys()])].sort();
        return names.flatMap((name) => jsonDiff(a.get(name), b.get(name), `${path}[${name}]`));
    }
    const [a, b] = [JSON.stringify(before), JSON.stringify(after)];
    if (a === b)
        return [];
    if (before === undefined)
        return [`${path}: + ${b}`];
    if (after === undefined)
        return [`${path}: - ${a}`];
    return [`${path}: ${a} → ${b}`];
}
function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
function named(item) {
    return isObject(item) && typeof item.name === "string";
}

;// CONCATENATED MODULE: ./src/deploy/green-plan/ecs.ts





/**
 * An ECS service's green: a new revision of blue's task definition with green's image, a service
 * copied from blue's beside it, and a green target group on each load balancer.
 */
function planEcs(input, service, routes, draft) {
    const { release, config } = input;
    const where = `services[${config.services.indexOf(service)}] (${service.name})`;
    const image = input.image ?? service.image;
    if (image === undefined) {
        draft.problems.push(`${where}.image: no image for green: give --image or set image in the config`);
        return;
    }
    const facts = input.facts.ecs.get(service.name);
    const blue = facts?.blue;
    const blueTd = facts?.blueTaskDefinition;
    if (!blue || blue.facts.status !== "ACTIVE" || !blueTd) {
        draft.refusals.push(`${where}: no active blue ECS service '${service.service}' in cluster '${service.cluster}' to copy`);
        return;
    }
    if (!containerNames(blueTd.definition).includes(service.containerName)) {
        draft.refusals.push(`${where}.containerName: blue's task definition ${blueTd.arn} has no container '${service.containerName}' (it has: ${containerNames(blueTd.definition).join(", ")})`);
        return;
    }
    const greenName = (0,naming/* greenResourceName */.p3)(service.service, release);
    const green = facts.green && facts.green.facts.status !== "INACTIVE" ? facts.green : undefined;
    if (green && green.facts.status !== "ACTIVE") {
        draft.refusals.push(`${where}: ECS service '${greenName}' is ${green.facts.status ?? "not active"}; wait until it is gone, then run again`);
        return;
    }
    const tags = greenTags(config.project, service.name, release);
    // the task definition: green's own, one an earlier run registered, or a new revision of blue's
    let taskDefinition;
    const found = facts.greenTaskDefinition;
    if (green) {
        taskDefinition = green.facts.taskDefinition ?? "";
        const running = found && containerImage(found.definition, service.containerName);
        if (running !== undefined && running !== image) {
            draft.refusals.push(`${where}: green '${greenName}' for release ${release} already runs ${running}, not ${image}; use a new release to deploy another image`);
            return;
        }
        draft.reused.push(`ECS service ${greenName} (task definition ${shortName(taskDefinition)})`);
    }
    else if (found &&
        isThisRelease(found.tags, config.project, release) &&
        containerImage(found.definition, service.containerName) === image) {
        taskDefinition = found.arn;
        draft.reused.push(`task definition ${shortName(found.arn)}`);
    }
    else {
        const definition = withImage(blueTd.definition, service.containerName, image);
        taskDefinition = `<new revision of ${blueTd.family}>`;
        draft.steps.push({
            kind: "register-task-definition",
            service: service.name,
            family: blueTd.family,
            placeholder: taskDefinition,
            definition,
            tags,
            diff: jsonDiff(blueTd.definition, definition),
        });
    }
    const targetGroups = planTargetGroups(input, service, routes, draft);
    if (!targetGroups)
        return;
    const desired = green ? green.facts.desiredCount : service.desiredCount === "match-blue" ? blue.facts.desiredCount : service.desiredCount;
    if (!green) {
        draft.steps.push({
            kind: "create-ecs-service",
            service: service.name,
            name: greenName,
            body: ecsServiceBody(blue, {
                cluster: service.cluster,
                name: greenName,
                taskDefinition,
                desired,
                loadBalancers: targetGroups.map((arn) => ({
                    targetGroupArn: arn,
                    containerName: service.containerName,
                    containerPort: service.containerPort,
                })),
                tags,
            }),
        });
    }
    draft.ready.push({
        kind: "ecs",
        service: service.name,
        cluster: service.cluster,
        name: greenName,
        taskDefinition,
        targetGroups,
        desired,
        timeoutMs: service.readyTimeout,
        allowanceMs: healthAllowanceMs(routes[0]?.blue?.targetGroup, blue.healthCheckGracePeriodSeconds),
    });
}
function ecsServiceBody(blue, green) {
    const capacity = blue.capacityProviderStrategy.length > 0 ? { capacityProviderStrategy: blue.capacityProviderStrategy } : {};
    const launchType = blue.capacityProviderStrategy.length === 0 && blue.facts.launchType ? { launchType: blue.facts.launchType } : {};
    const deployment = blue.deploymentConfiguration ?? {};
    return compact({
        cluster: green.cluster,
        serviceName: green.name,
        taskDefinition: green.taskDefinition,
        desiredCount: green.desired,
        ...capacity,
        ...launchType,
        platformVersion: blue.platformVersion,
        networkConfiguration: blue.networkConfiguration,
        loadBalancers: green.loadBalancers,
        healthCheckGracePeriodSeconds: blue.healthCheckGracePeriodSeconds,
        // a new service has nothing to roll back to; the breaker still marks the rollout FAILED, so the
        // wait stops early instead of at readyTimeout
        deploymentConfiguration: {
            ...deployment,
            deploymentCircuitBreaker: deployment.deploymentCircuitBreaker ?? { enable: true, rollback: false },
        },
        placementConstraints: blue.placementConstraints.length > 0 ? blue.placementConstraints : undefined,
        placementStrategy: blue.placementStrategy.length > 0 ? blue.placementStrategy : undefined,
        schedulingStrategy: blue.schedulingStrategy,
        enableExecuteCommand: blue.enableExecuteCommand,
        enableECSManagedTags: blue.enableECSManagedTags,
        propagateTags: blue.propagateTags,
        tags: Object.entries(green.tags).map(([key, value]) => ({ key, value })),
    });
}

;// CONCATENATED MODULE: ./src/deploy/green-plan/target-group-pair.ts



/**
 * A target-group pair's green: nothing is created, the idle member of the pair is attached at
 * weight 0 and both members are tagged with their sides.
 */
function planPair(input, service, routes, draft) {
    for (const route of routes) {
        const green = route.green;
        if (!green) {
            draft.refusals.push(`${(0,estate/* routeLabel */.qA)(route)} (${service.name}): neither of the pair's target groups is idle`);
            continue;
        }
        if (refusedAsLive(route, [green], service.name, draft))
            continue;
        const attached = green.attached;
        if (!attached)
            attach(route, service.name, green.arn, [], draft);
        // Weights alone cannot tell "green at 100" from "blue is the other member": the sides are
        // written down as tags, never created-by (the members belong to other tooling)
        tagPairMember(service.name, green, { project: input.config.project, release: input.release, colour: "green" }, draft);
        // blue's pointer to the member green now takes over would make a rollback "undo" to the new release
        if (route.blue)
            tagPairMember(service.name, route.blue, { project: input.config.project, release: undefined, colour: "blue", dropStandby: route.blue.tags.standbyArn === green.arn }, draft);
        draft.routes.push(routeRow(route, green.name, green.arn, attached ? "in place" : "attach"));
        draft.ready.push({
            kind: "pair",
            service: service.name,
            targetGroup: green.arn,
            minHealthy: service.minHealthyTargets,
            timeoutMs: service.readyTimeout,
        });
    }
}
/** A tag step for a pair member, only when its tags differ from what they should be. */
function tagPairMember(service, member, want, draft) {
    const tags = { [traffic_tags/* TAG */.Dk.project]: want.project, [traffic_tags/* TAG */.Dk.service]: service, [traffic_tags/* TAG */.Dk.colour]: want.colour };
    if (want.release !== undefined)
        tags[traffic_tags/* TAG */.Dk.release] = want.release;
    const current = currentTags(member.tags);
    const missing = Object.entries(tags).filter(([key, value]) => current[key] !== value);
    // green takes over from a standby of an older promote (or a side that held the standby pointer): those markers go
    const remove = (want.colour === "green" ? [traffic_tags/* TAG */.Dk.promotedAt, traffic_tags/* TAG */.Dk.standby] : want.dropStandby ? [traffic_tags/* TAG */.Dk.standby] : []).filter((key) => current[key] !== undefined);
    if (missing.length === 0 && remove.length === 0)
        return;
    draft.steps.push({ kind: "tag-target-group", service, arn: member.arn, name: member.name, tags: Object.fromEntries(missing), remove });
}
/** cutover's keys as they are on the target group, from the parsed tags the estate read. */
function currentTags(tags) {
    return {
        [traffic_tags/* TAG */.Dk.project]: tags.project,
        [traffic_tags/* TAG */.Dk.service]: tags.service,
        [traffic_tags/* TAG */.Dk.release]: tags.release,
        [traffic_tags/* TAG */.Dk.colour]: tags.colourTag,
        [traffic_tags/* TAG */.Dk.promotedAt]: tags.promotedAt,
        [traffic_tags/* TAG */.Dk.standby]: tags.standbyArn,
    };
}

;// CONCATENATED MODULE: ./src/deploy/green-plan/index.ts







function planGreen(input) {
    const draft = new Draft();
    for (const service of input.config.services) {
        const routes = input.routes.filter((r) => r.service === service.name);
        if (routes.length === 0)
            continue;
        const unusable = routes.filter((r) => r.forward === undefined || r.blue === undefined);
        if (unusable.length > 0) {
            for (const r of unusable)
                draft.refusals.push(`${(0,estate/* routeLabel */.qA)(r)} (${service.name}): ${r.problems.join("; ") || "no blue target group"}`);
            continue;
        }
        if (service.type === "ecs")
            planEcs(input, service, routes, draft);
        else if (service.type === "asg")
            planAsg(input, service, routes, draft);
        else
            planPair(input, service, routes, draft);
    }
    // a stale green shared by two rules of one load balancer is deleted once
    const seen = new Set();
    const steps = draft.steps.filter((step) => {
        if (!step.kind.startsWith("delete-"))
            return true;
        const key = JSON.stringify(step);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
    // a plan that is refused or has bad input changes nothing, not even the services that were fine
    const blocked = draft.refusals.length > 0 || draft.problems.length > 0;
    return { release: input.release, ...draft, steps: blocked ? [] : steps };
}
/** The target groups a plan reads after applying: every green ARN or placeholder, in route order. */
function greenTargetGroups(plan) {
    return [...new Set(plan.routes.map((r) => r.greenArn))];
}

// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(88850);
// EXTERNAL MODULE: ./src/traffic/forward-action.ts
var forward_action = __webpack_require__(9811);
;// CONCATENATED MODULE: ./src/deploy/render-green-plan.ts


/**
 * deploy-green's report: a row per route, then each change with the body it sends (the API's own
 * JSON), so --dry-run shows exactly what a real run would do.
 */
function renderGreenPlan(plan, options) {
    const report = new report_report/* Report */.pl().heading(`green for release ${plan.release}, route by route`);
    const readyOf = (service) => options.ready?.find((r) => r.service === service)?.detail ?? (options.dryRun ? "not checked (dry run)" : "-");
    report.table(["route", "service", "blue", "green", "change", "ready"], plan.routes.map((r) => [r.route, r.service, r.blue, r.green, r.action, readyOf(r.service)]));
    report.list(plan.reused.map((r) => `kept from an earlier run: ${r}`));
    report.heading(options.dryRun ? "changes (not made: dry run)" : "changes");
    if (plan.steps.length === 0)
        report.text("None: the green side of every selected service already exists.");
    for (const step of plan.steps) {
        report.text(describeStep(step));
        const body = stepBody(step);
        if (step.kind === "register-task-definition")
            report.list(step.diff.length > 0 ? step.diff : ["(no change from blue)"]);
        if (body !== undefined)
            report.code(JSON.stringify(body, null, 2));
    }
    return report;
}
function describeStep(step) {
    switch (step.kind) {
        case "register-task-definition":
            return `${step.service}: RegisterTaskDefinition, a new revision of ${step.family}; against blue's:`;
        case "create-target-group":
            return `${step.service}: CreateTargetGroup ${step.name} for ${step.loadBalancer}`;
        case "set-forward":
            return `${step.service}: ${step.place.isDefault ? "ModifyListener" : "ModifyRule"} on ${step.place.label}: ${step.why}`;
        case "create-ecs-service":
            return `${step.service}: CreateService ${step.name}`;
        case "create-asg":
            return `${step.service}: CreateAutoScalingGroup ${step.name}`;
        case "delete-ecs-service":
            return `${step.service}: DeleteService ${step.cluster}/${step.name} (stale green)`;
        case "delete-asg":
            return `${step.service}: DeleteAutoScalingGroup ${step.name} (stale green)`;
        case "delete-target-group":
            return `${step.service}: DeleteTargetGroup ${step.name} (stale green)`;
        case "tag-target-group":
            return `${step.service}: AddTags on ${step.name}: ${Object.entries(step.tags)
                .map(([k, v]) => `${k}=${v}`)
                .join(", ")}${step.remove.length > 0 ? `; RemoveTags ${step.remove.join(", ")}` : ""}`;
    }
}
function stepBody(step) {
    switch (step.kind) {
        case "create-target-group":
            return { ...step.body, Tags: Object.entries(step.tags).map(([Key, Value]) => ({ Key, Value })) };
        case "set-forward": {
            // the other actions are read again and written back unchanged; shown by type only
            const actions = step.actionTypes.map((type) => type === "forward" ? (0,forward_action/* forwardActionBody */.g)(step, undefined) : { Type: type, "(kept)": "as it is" });
            return step.place.isDefault
                ? { ListenerArn: step.place.listenerArn, DefaultActions: actions }
                : { RuleArn: step.place.ruleArn, Actions: actions };
        }
        case "create-ecs-service":
        case "create-asg":
            return step.body;
        default:
            return undefined;
    }
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/lock/command-lock.ts
var command_lock = __webpack_require__(57296);
// EXTERNAL MODULE: ./src/aws/header-rule-writer.ts
var header_rule_writer = __webpack_require__(82187);
;// CONCATENATED MODULE: ./src/aws/green-reader.ts


/**
 * What deploy-green needs beyond the estate model: blue's ECS service and task definition or Auto
 * Scaling Group in full (to copy them), and whatever green this release already has, found by the
 * names deploy-green gives it: one DescribeServices per cluster, one DescribeAutoScalingGroups, the
 * green target groups by name with their tags, and the task definitions involved.
 */
async function readDeployFacts(config, routes, release, aws) {
    const routed = config.services.filter((s) => routes.some((r) => r.service === s.name));
    const ecs = routed.filter((s) => s.type === "ecs");
    const asg = routed.filter((s) => s.type === "asg");
    /** The service or group behind the blue target group: after a promotion, no longer the configured one. */
    const blueName = (service, configured) => routes.find((r) => r.service === service && r.blue?.backend)?.blue?.backend?.name ?? configured;
    const names = [...ecs, ...asg].flatMap((s) => greenTargetGroupNames(s.name, routes.filter((r) => r.service === s.name), release).map((n) => n.name));
    const [ecsFacts, asgFacts, targetGroups] = await Promise.all([
        readEcs(ecs, blueName, release, aws.containerServices),
        readAsg(asg, blueName, release, aws.autoScalingGroups),
        (async () => {
            const found = await aws.elb.read.targetGroupsByName(names);
            const tags = found.size > 0 ? await aws.elb.read.tags([...found.values()].map((tg) => tg.arn)) : new Map();
            return new Map([...found].map(([name, facts]) => [name, { facts, tags: tags.get(facts.arn) ?? {} }]));
        })(),
    ]);
    return { ecs: ecsFacts, asg: asgFacts, targetGroups };
}
async function readEcs(services, blueName, release, ecs) {
    const out = new Map();
    const clusters = [...new Set(services.map((s) => s.cluster))];
    await Promise.all(clusters.map(async (cluster) => {
        const inCluster = services.filter((s) => s.cluster === cluster);
        const specs = await ecs.serviceSpecs(cluster, inCluster.flatMap((s) => [blueName(s.name, s.service), (0,naming/* greenResourceName */.p3)(s.service, release)]));
        await Promise.all(inCluster.map(async (s) => {
            const blue = specs.get(blueName(s.name, s.service));
            const green = specs.get((0,naming/* greenResourceName */.p3)(s.service, release));
            const live = green?.facts.status === "INACTIVE" ? undefined : green;
            const blueTaskDefinition = blue?.facts.taskDefinition ? await ecs.taskDefinition(blue.facts.taskDefinition) : undefined;
            // without a green service, the family's latest revision may be one an interrupted run registered
            const greenRef = live?.facts.taskDefinition ?? blueTaskDefinition?.family;
            const greenTaskDefinition = greenRef ? await ecs.taskDefinition(greenRef) : undefined;
            out.set(s.name, { blue, blueTaskDefinition, green: live, greenTaskDefinition });
        }));
    }));
    return out;
}
async function readAsg(services, blueName, release, groups) {
    if (services.length === 0)
        return new Map();
    const specs = await groups.groupSpecs(services.flatMap((s) => [blueName(s.name, s.autoScalingGroup), (0,naming/* greenResourceName */.p3)(s.autoScalingGroup, release)]));
    return new Map(services.map((s) => [
        s.name,
        { blue: specs.get(blueName(s.name, s.autoScalingGroup)), green: specs.get((0,naming/* greenResourceName */.p3)(s.autoScalingGroup, release)) },
    ]));
}

;// CONCATENATED MODULE: ./src/aws/ready-probe.ts

/** How many stopped tasks or scaling activities to read to say why green failed. */
const RECENT = 5;
/**
 * One look at a green for the wait: target health of its target groups, and its ECS service (with
 * the reasons of stopped tasks once any failed) or its Auto Scaling Group and scaling activities.
 */
function createReadyProbe(aws) {
    const health = async (arns) => new Map(await Promise.all(arns.map(async (arn) => [arn, await aws.elb.read.targetHealth({ arn, name: (0,estate/* targetGroupNameFromArn */.T8)(arn) })])));
    return {
        async observe(check) {
            switch (check.kind) {
                case "pair":
                    return { kind: "pair", targets: await health([check.targetGroup]) };
                case "ecs": {
                    const [services, targets] = await Promise.all([
                        aws.containerServices.services(check.cluster, [check.name]),
                        health(check.targetGroups),
                    ]);
                    const service = services.get(check.name);
                    const troubled = service?.deployments.some((d) => d.rolloutState === "FAILED" || d.failedTasks > 0) ?? false;
                    const stoppedTasks = troubled ? await aws.containerServices.stoppedTasks(check.cluster, check.name, RECENT) : [];
                    return { kind: "ecs", service, stoppedTasks, targets };
                }
                case "asg": {
                    const [groups, activities, targets] = await Promise.all([
                        aws.autoScalingGroups.groups([check.name]),
                        aws.autoScalingGroups.activities(check.name, RECENT),
                        health(check.targetGroups),
                    ]);
                    return { kind: "asg", group: groups.get(check.name), activities, targets };
                }
            }
        },
    };
}

// EXTERNAL MODULE: ./src/run/run-operation.ts + 2 modules
var run_operation = __webpack_require__(381);
// EXTERNAL MODULE: ./src/traffic/routing/route-paths.ts + 1 modules
var route_paths = __webpack_require__(87781);
// EXTERNAL MODULE: ./src/traffic/side-intent.ts
var side_intent = __webpack_require__(40121);
// EXTERNAL MODULE: ./src/traffic/header-rules/index.ts + 8 modules
var header_rules = __webpack_require__(14278);
// EXTERNAL MODULE: ./src/rollout/set-forward.ts
var set_forward = __webpack_require__(6381);
;// CONCATENATED MODULE: ./src/rollout/apply-green.ts

/**
 * Runs the plan's steps in order. Each one creates or changes one thing; a failure stops the run,
 * and what exists by then is what the next run's plan starts from.
 */
async function applyGreenPlan(plan, writers, onStep) {
    const created = new Map();
    const resolve = (value) => substitute(value, created);
    const done = [];
    for (const step of plan.steps) {
        const line = await applyStep(resolve(step), writers, created);
        if (line === undefined)
            continue;
        done.push(line);
        onStep(line);
    }
    return { created, done, resolve };
}
async function applyStep(step, w, created) {
    switch (step.kind) {
        case "register-task-definition": {
            const arn = await w.containerServices.registerTaskDefinition(step.definition, step.tags);
            created.set(step.placeholder, arn);
            return `registered task definition ${arn}`;
        }
        case "create-target-group": {
            const tg = await w.elb.write.createTargetGroup(step.body, step.tags);
            created.set(step.placeholder, tg.arn);
            return `created target group ${tg.name}`;
        }
        case "set-forward": {
            const changed = await (0,set_forward/* setForward */.I)(w.elb, step.place, { targetGroups: step.targetGroups, stickiness: step.stickiness });
            return changed ? `${step.place.label}: ${step.why}` : undefined;
        }
        case "create-ecs-service":
            await w.containerServices.createService(step.body);
            return `created ECS service ${step.name}`;
        case "create-asg":
            await w.autoScalingGroups.createGroup(step.body);
            return `created Auto Scaling Group ${step.name}`;
        case "delete-ecs-service":
            await w.containerServices.deleteService(step.cluster, step.name);
            return `deleted the stale ECS service ${step.name}`;
        case "delete-asg":
            await w.autoScalingGroups.deleteGroup(step.name);
            return `deleted the stale Auto Scaling Group ${step.name}`;
        case "delete-target-group":
            await w.elb.write.deleteTargetGroup(step.arn);
            return `deleted the stale target group ${step.name}`;
        case "tag-target-group": {
            const tags = Object.entries(step.tags).map(([Key, Value]) => ({ Key, Value }));
            if (tags.length > 0)
                await w.elb.write.addTags({ ResourceArns: [step.arn], Tags: tags });
            if (step.remove.length > 0)
                await w.elb.write.removeTags([step.arn], step.remove);
            return `tagged ${step.name} ${Object.entries(step.tags)
                .map(([k, v]) => `${k}=${v}`)
                .join(", ")}${step.remove.length > 0 ? `; removed ${step.remove.join(", ")}` : ""}`;
        }
    }
}
/** A copy of plain data with every string that is a known placeholder replaced. */
function substitute(value, created) {
    if (typeof value === "string")
        return created.get(value) ?? value;
    if (Array.isArray(value))
        return value.map((v) => substitute(v, created));
    if (typeof value === "object" && value !== null)
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, created)]));
    return value;
}

;// CONCATENATED MODULE: ./src/deploy/readiness.ts

const targetKey = (targetGroup, t) => `${targetGroup} ${t.id}:${t.port ?? ""}`;
function remember(memory, targets, now) {
    const next = new Map(memory);
    for (const [tg, list] of targets) {
        for (const t of list) {
            const key = targetKey(tg, t);
            const before = next.get(key);
            next.set(key, { firstSeen: before?.firstSeen ?? now, wasHealthy: (before?.wasHealthy ?? false) || t.state === "healthy" });
        }
    }
    return next;
}
function judge(check, seen, memory, now) {
    switch (check.kind) {
        case "pair": {
            const healthy = count(seen.targets, check.targetGroup);
            return healthy >= check.minHealthy
                ? { state: "ready", detail: `${healthy} healthy target(s)` }
                : { state: "waiting", detail: `${healthy} of at least ${check.minHealthy} target(s) healthy${notHealthy(seen.targets)}` };
        }
        case "ecs": {
            if (seen.kind !== "ecs")
                return mismatch(check);
            const service = seen.service;
            if (!service || service.status !== "ACTIVE")
                return { state: "failed", reason: `ECS service ${check.name} is ${service?.status ?? "gone"}` };
            const stopped = stoppedText(seen.stoppedTasks);
            const failedRollout = service.deployments.find((d) => d.rolloutState === "FAILED");
            if (failedRollout)
                return {
                    state: "failed",
                    reason: `deployment ${failedRollout.id} of ${check.name} FAILED: ${failedRollout.rolloutStateReason ?? "no reason given"}${stopped}`,
                };
            const primary = service.deployments.find((d) => d.status === "PRIMARY");
            if (primary?.taskDefinition && primary.taskDefinition !== check.taskDefinition)
                return {
                    state: "failed",
                    reason: `${check.name} was rolled back to ${primary.taskDefinition} (circuit breaker): ${primary.rolloutStateReason ?? "no reason given"}${stopped}`,
                };
            const unhealthy = failedTarget(check.targetGroups, seen.targets, memory, now, check.allowanceMs);
            if (unhealthy)
                return { state: "failed", reason: `${unhealthy}${stopped}` };
            const running = primary?.runningCount ?? service.runningCount;
            const done = primary?.rolloutState === undefined ? running >= check.desired : primary.rolloutState === "COMPLETED";
            const targets = targetsReady(check.targetGroups, seen.targets, check.desired);
            const detail = `deployment ${primary?.rolloutState ?? "?"}, ${running}/${check.desired} running; ${targets.detail}${stopped}`;
            return done && targets.ready ? { state: "ready", detail } : { state: "waiting", detail };
        }
        case "asg": {
            if (seen.kind !== "asg")
                return mismatch(check);
            if (!seen.group)
                return { state: "failed", reason: `Auto Scaling Group ${check.name} is gone` };
            const failed = seen.activities.find((a) => a.statusCode === "Failed" || a.statusCode === "Cancelled");
            if (failed)
                return {
                    state: "failed",
                    reason: `scaling activity of ${check.name} ${failed.statusCode}: ${failed.statusMessage ?? "no message"}${failed.description ? ` (${failed.description})` : ""}`,
                };
            const unhealthy = failedTarget(check.targetGroups, seen.targets, memory, now, check.allowanceMs);
            if (unhealthy)
                return { state: "failed", reason: unhealthy };
            const inService = seen.group.instances.filter((i) => i.lifecycleState === "InService" && i.healthStatus === "Healthy").length;
            const targets = targetsReady(check.targetGroups, seen.targets, check.desired);
            const detail = `${inService}/${check.desired} instance(s) InService and healthy; ${targets.detail}`;
            return inService >= check.desired && targets.ready ? { state: "ready", detail } : { state: "waiting", detail };
        }
    }
}
function mismatch(check) {
    return { state: "failed", reason: `internal: observed the wrong kind of resource for ${check.service}` };
}
/** A target that is unhealthy after having been healthy, or after the health check's allowance. */
function failedTarget(targetGroups, targets, memory, now, allowanceMs) {
    for (const tg of targetGroups) {
        for (const t of targets.get(tg) ?? []) {
            if (t.state !== "unhealthy")
                continue;
            const history = memory.get(targetKey(tg, t));
            const age = now - (history?.firstSeen ?? now);
            if (history?.wasHealthy || age > allowanceMs) {
                const why = [t.reason, t.description].filter(Boolean).join(": ") || "no reason given";
                const when = history?.wasHealthy
                    ? "after having been healthy"
                    : `after ${seconds(age)}; the health check allows ${seconds(allowanceMs)}`;
                return `target ${t.id}${t.port === undefined ? "" : `:${t.port}`} in ${(0,estate/* targetGroupNameFromArn */.T8)(tg)} is unhealthy (${why}) ${when}`;
            }
        }
    }
    return undefined;
}
function targetsReady(targetGroups, targets, desired) {
    const parts = targetGroups.map((tg) => {
        const list = (targets.get(tg) ?? []).filter((t) => t.state !== "draining");
        const healthy = list.filter((t) => t.state === "healthy").length;
        return {
            ready: healthy >= desired && healthy === list.length,
            text: `${(0,estate/* targetGroupNameFromArn */.T8)(tg)} ${healthy}/${Math.max(desired, list.length)} healthy`,
        };
    });
    return { ready: parts.every((p) => p.ready), detail: parts.map((p) => p.text).join(", ") + notHealthy(targets) };
}
function count(targets, tg) {
    return (targets.get(tg) ?? []).filter((t) => t.state === "healthy").length;
}
function notHealthy(targets) {
    const list = [...targets.values()].flat().filter((t) => t.state !== "healthy");
    return list.length === 0 ? "" : ` (${list.map((t) => `${t.id} ${t.state}${t.reason ? ` ${t.reason}` : ""}`).join(", ")})`;
}
function stoppedText(tasks) {
    if (tasks.length === 0)
        return "";
    const described = tasks
        .slice(0, 3)
        .map((t) => `${t.arn.split("/").pop() ?? t.arn}: ${[t.stoppedReason, ...t.containers].filter(Boolean).join("; ")}`);
    return `; stopped task(s): ${described.join(" | ")}`;
}
function seconds(ms) {
    return `${Math.round(ms / 1000)}s`;
}

;// CONCATENATED MODULE: ./src/rollout/wait-ready.ts



const DEFAULT_BACKOFF = { first: 2_000, factor: 1.5, max: 15_000 };
/** AWS asking callers to slow down: the SDK has retried already; the wait backs off and looks again. */
const THROTTLED = new Set(["Throttling", "ThrottlingException", "RequestLimitExceeded", "TooManyRequests"]);
/**
 * Polls every check until all are ready. Never hangs: each check has its own deadline
 * (readyTimeout), and the first failure ends the whole wait, as does any AWS error other than
 * throttling. Either way green is left as it is for the next run to resume, and the error says so.
 */
async function waitUntilReady(checks, probe, clock, onProgress = () => undefined, backoff = DEFAULT_BACKOFF, signal) {
    const start = clock.now();
    const results = [];
    const memory = new Map();
    const last = new Map();
    let pending = [...checks];
    let delay = backoff.first;
    while (pending.length > 0) {
        const still = [];
        for (const check of pending) {
            const verdict = await look(check, probe, clock, memory, last);
            if (verdict.state === "failed")
                throw new errors/* OperationError */.OK(`green of ${check.service} failed: ${verdict.reason}`, resumable);
            if (verdict.state === "ready") {
                results.push({ service: check.service, detail: verdict.detail, waitedMs: clock.now() - start });
                onProgress(check.service, `ready: ${verdict.detail}`);
                continue;
            }
            if (clock.now() - start >= check.timeoutMs) {
                throw new errors/* OperationError */.OK(`green of ${check.service} not ready within readyTimeout (${Math.round(check.timeoutMs / 1000)}s): ${verdict.detail}`, resumable);
            }
            if (verdict.detail !== last.get(check))
                onProgress(check.service, verdict.detail);
            last.set(check, verdict.detail);
            still.push(check);
        }
        pending = still;
        if (pending.length === 0)
            break;
        const untilDeadline = Math.min(...pending.map((c) => start + c.timeoutMs - clock.now()));
        await clock.sleep(Math.max(0, Math.min(delay, untilDeadline)), signal);
        // a stop request ends the wait at once; green stays as it is for the next run
        if (signal?.aborted)
            throw new run_operation/* Interrupted */.j$(`the wait for green was interrupted with ${pending.map((c) => c.service).join(", ")} not ready yet`);
        delay = Math.min(delay * backoff.factor, backoff.max);
    }
    return results;
}
async function look(check, probe, clock, memory, last) {
    let seen;
    try {
        seen = await probe.observe(check);
    }
    catch (error) {
        const code = error.code;
        if (typeof code === "string" && THROTTLED.has(code)) {
            return { state: "waiting", detail: `${last.get(check) ?? "not looked at yet"}; last look throttled: ${error.message}` };
        }
        throw new errors/* OperationError */.OK(`could not check green of ${check.service}: ${error instanceof Error ? error.message : String(error)}`, resumable, {
            cause: error,
        });
    }
    const now = clock.now();
    const known = remember(memory.get(check) ?? new Map(), seen.targets, now);
    memory.set(check, known);
    return judge(check, seen, known, now);
}
const resumable = {
    kind: "resumable",
    detail: "Green was left as it is and carries no traffic. The next deploy-green run for this release continues from it; to start over, deploy a new release with --replace-green.",
};

;// CONCATENATED MODULE: ./src/rollout/deploy-green.ts













/**
 * deploy-green as an operation of the apply loop (src/run/): read → plan → create what is missing,
 * attach it at weight 0, add the header rules, wait until green is healthy → read back, where a new
 * plan must find nothing left to do. Each run recomputes the plan from AWS, so a rerun after a crash
 * or a timeout does only what is missing and then waits again.
 */
function deployGreenOperation(options, deps) {
    const { config, release } = options;
    const { aws } = deps;
    const read = async () => {
        const routes = (await (0,observe_estate/* readModelledEstate */.jY)(config, aws, { region: options.region, services: options.services })).routes;
        const facts = await readDeployFacts(config, routes, release, aws);
        const plan = planGreen({ config, release, image: options.image, routes, facts, replaceGreen: options.replaceGreen });
        return { plan, routes, headerPlans: headerPlansFor(config, plan, routes, release, (value) => value) };
    };
    return {
        name: "deploy-green",
        resume: options.resume ?? `cutover deploy-green --release ${release}`,
        plan: async () => {
            const planned = await read();
            const { plan } = planned;
            if (plan.problems.length > 0)
                throw new errors/* InputError */.dz(`deploy-green: ${plan.problems.length} problem(s) with the input`, plan.problems);
            if (plan.refusals.length > 0)
                throw new errors/* RefusedError */.fk(`green cannot be deployed for release ${release}`, plan.refusals);
            return planned;
        },
        // everything in place still waits for green to be healthy: a rerun after a timeout waits again
        isEmpty: () => false,
        apply: (planned, run) => apply(planned, run, options, deps),
        verify: async () => {
            const again = await read();
            const headerChanges = again.headerPlans.flatMap((p) => p.changes.filter((c) => c.kind !== "keep"));
            // green reachable by header only if the listener's rule order says so
            const routing = again.headerPlans.flatMap((p) => {
                const route = again.routes.find((r) => (0,estate/* routeLabel */.qA)(r) === p.route);
                return route && p.skipped === undefined ? (0,route_paths/* routingMismatches */.ti)(route, config.headerRouting, (0,side_intent/* intentOf */.o)(p)) : [];
            });
            return [
                ...again.plan.refusals,
                ...again.plan.steps.map((step) => `still to do: ${step.kind}${"name" in step ? ` ${step.name}` : ""}`),
                ...headerChanges.map((c) => `header rule still to ${c.kind}: ${c.header}: ${c.values.join("|")}`),
                ...routing,
            ];
        },
    };
}
async function apply(planned, run, options, deps) {
    const { plan, routes } = planned;
    const { aws } = deps;
    // the tags lock is not atomic: a run that raced this one shows up here, before anything changed
    if (!(await run.stillHeld()))
        throw new errors/* RefusedError */.fk("the release lock changed hands before the first change; nothing was changed");
    const record = (line) => run.journal.record(line);
    // A stale green (--replace-green) is deleted last: its target group can be deleted only once no
    // rule forwards to it, and the green header rule did until it was repointed to the new green.
    const isDelete = (step) => step.kind.startsWith("delete-");
    const resolve = (await applyGreenPlan({ ...plan, steps: plan.steps.filter((s) => !isDelete(s)) }, aws, record)).resolve;
    // header rules while nothing waits yet: verify and early users reach green through them
    const headerRules = await (0,header_rule_writer/* ensureHeaderRules */.V)(aws.elb, headerPlansFor(options.config, plan, routes, options.release, resolve));
    for (const row of headerRules.rows.filter((r) => r.action !== "kept"))
        record(`${row.route}: ${row.action} the ${row.role} header rule ${row.header}: ${row.values} at priority ${row.priority}`);
    await applyGreenPlan({ ...plan, steps: plan.steps.filter(isDelete) }, aws, record);
    const ready = await waitUntilReady(plan.ready.map((check) => resolve(check)), createReadyProbe(aws), { now: () => run.now(), sleep: (ms) => run.sleep(ms) }, (service, detail) => deps.log.info(`${service}: ${detail}`), deps.backoff ?? DEFAULT_BACKOFF, run.signal);
    return { ready, greenTargetGroups: greenTargetGroups(plan).map((arn) => resolve(arn)), headerRules };
}
/** Planned before anything changes, so a header rule that cannot be placed refuses the whole run. */
function headerPlansFor(config, plan, routes, release, resolveArn) {
    return (0,header_rules/* planHeaderRulesForRoutes */.xt)(config, greenAndBlue(plan, routes, resolveArn).map(({ route, green, blue }) => ({
        route,
        targets: { green: { targetGroupArn: green }, blue: { targetGroupArn: blue } },
    })), release);
}
/** For tests and callers without a CLI: runs the operation through the loop, never as a dry run. */
async function deployGreen(options, deps) {
    const outcome = await runOperation(deployGreenOperation(options, deps), {
        dryRun: false,
        ...(deps.lock ? { lock: deps.lock } : {}),
        signal: deps.signal ?? new AbortController().signal,
        log: {
            warn: () => undefined,
            error: () => undefined,
            debug: () => undefined,
            verbatim: () => undefined,
            group: (_t, body) => body(),
            ...deps.log,
        },
        ...(deps.clock ? { clock: deps.clock } : {}),
    });
    if (outcome.kind !== "applied")
        throw new Error("deploy-green always applies");
    return { ...outcome.plan, ...outcome.result };
}
/** Per modelled route, the green target group deploy-green attached (ARN, or a dry run's placeholder) and blue's. */
function greenAndBlue(plan, routes, resolve) {
    return plan.routes.flatMap((row) => {
        const route = routes.find((r) => r.rule.arn === row.ruleArn && r.service === row.service);
        return route?.blue ? [{ route, green: resolve(row.greenArn), blue: route.blue.arn }] : [];
    });
}

// EXTERNAL MODULE: ./src/cli/resume-command.ts
var resume_command = __webpack_require__(58015);
;// CONCATENATED MODULE: ./src/cli/commands/deploy-green/index.ts








/**
 * `cutover deploy-green`: the green side of each selected service beside blue, attached at weight 0,
 * then a wait until it is healthy. --dry-run prints the exact changes and makes none.
 */
async function run({ settings, loaded, host, env, now, signal }) {
    const config = loaded.config;
    const release = settings.release;
    if (release === undefined)
        throw new errors/* InputError */.dz("deploy-green needs a release: give --release (or push a tag)", [
            "--release (input 'release'): not set, and no tag was pushed",
        ]);
    const { settings: aws, aws: connected } = (0,observe_estate/* connectForCommand */.l_)(config, env, host);
    try {
        const outcome = await (0,run_operation/* runOperation */.xj)(deployGreenOperation({
            config,
            region: aws.region,
            release,
            image: settings.image,
            services: settings.services,
            replaceGreen: settings.replaceGreen,
            resume: (0,resume_command/* resumeCommand */.V)(settings),
        }, { aws: connected, log: host.log }), {
            dryRun: settings.dryRun,
            lock: (0,command_lock/* releaseRunLock */.a)({ config, aws: connected, env, host, now, command: settings.command, release, breakLock: settings.breakLock }),
            signal,
            log: host.log,
        });
        const calls = connected.calls.summary();
        host.log.debug(`AWS API calls: ${JSON.stringify(calls)}`);
        const { plan, headerPlans } = outcome.plan;
        const applied = outcome.kind === "applied" ? outcome.result : undefined;
        const changes = outcome.kind === "applied" ? outcome.changes : [];
        const report = renderGreenPlan(plan, { dryRun: settings.dryRun, ready: applied?.ready ?? [] });
        renderHeaderRules(report, headerPlans, applied?.headerRules);
        report.text(`${calls.total} AWS API call(s).`);
        const services = new Set(plan.routes.map((r) => r.service)).size;
        const greenTgs = applied?.greenTargetGroups ?? greenTargetGroups(plan);
        const headline = settings.dryRun
            ? `deploy-green ${release} (dry run): ${plan.steps.length} change(s) for ${services} service(s) on ${plan.routes.length} route(s)`
            : `deploy-green ${release}: green ready at weight 0 on ${plan.routes.length} route(s) of ${services} service(s); ${changes.length} change(s)`;
        return {
            headline,
            report,
            outputs: { "green-target-groups": JSON.stringify(greenTgs) },
            data: {
                release,
                routes: plan.routes,
                // a task definition's environment may hold values nobody should see in a CI log: only the diff goes out
                steps: plan.steps.map((step) => (step.kind === "register-task-definition" ? { ...step, definition: undefined } : step)),
                reused: plan.reused,
                changes,
                ready: applied?.ready ?? [],
                greenTargetGroups: greenTgs,
                headerRules: applied?.headerRules ?? { planned: headerPlans },
                awsCalls: calls,
            },
        };
    }
    finally {
        connected.close();
    }
}
/** Header rules: what a dry run would do, or what this run did, rule by rule. */
function renderHeaderRules(report, plans, done) {
    const header = ["route", "rule", "header", "priority", "to", "action"];
    if (done) {
        const { rows, skipped, notes } = done;
        if (rows.length + skipped.length === 0)
            return;
        report.heading("header rules");
        report.table(header, rows.map((r) => [
            r.route,
            r.role,
            `${r.header}: ${r.values}`,
            String(r.priority),
            r.target,
            r.detail ? `${r.action} (${r.detail})` : r.action,
        ]));
        report.list([...skipped.map((s) => `${s.route}: no header rules (${s.reason})`), ...notes]);
        return;
    }
    if (plans.length === 0)
        return;
    report.heading("header rules (dry run: not written)");
    report.table(header, plans.flatMap((p) => p.changes.map((c) => [
        p.route,
        c.role,
        `${c.header}: ${c.values.join("|")}`,
        String(c.priority),
        c.target,
        c.kind === "keep" ? "keep" : c.kind,
    ])));
    report.list([
        ...plans.filter((p) => p.skipped).map((p) => `${p.route}: no header rules (${p.skipped})`),
        ...plans.flatMap((p) => p.notes),
    ]);
}


/***/ })

};
