export const id = 655;
export const ids = [655];
export const modules = {

/***/ 39409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k6: () => (/* binding */ weightsChart),
/* harmony export */   ni: () => (/* binding */ routingFlowchart)
/* harmony export */ });
/* unused harmony exports MAX_DRAWN_ROUTES, mermaidLabel */
/**
 * Mermaid diagrams for the summaries (GitHub renders them; Jenkins archives the same Markdown):
 * the green weight over a switch's steps, and where each route sends its traffic before and after.
 *
 * Every node and edge id is made here, never taken from outside. Text from outside (route labels,
 * target group names) goes only into quoted labels, through `mermaidLabel`, which leaves a small
 * set of plain characters as they are and writes every other one as Mermaid's `#code;` entity, so a
 * name can never close its quote, start a statement, open a link, or become HTML or Markdown.
 */
/** At most this many routes are drawn; the table beside the diagram lists them all. */
const MAX_DRAWN_ROUTES = 25;
const MAX_LABEL = 80;
// no `%` (Mermaid comments and directives start with `%%`), no quotes, brackets, braces, `#`, `;`, `<`, `>`, backticks or pipes
const PLAIN = /[A-Za-z0-9 _.,:/()+=@-]/;
/**
 * Text for inside a quoted Mermaid label: plain characters kept, everything else as `#<code>;`.
 * Mermaid decodes entities before it draws, so `<` and `>` become look-alike angle quotes first:
 * decoded, they still make no tag.
 */
function mermaidLabel(text) {
    const chars = [...text.replace(/</g, "\u2039").replace(/>/g, "\u203a")];
    const shown = chars.length > MAX_LABEL ? [...chars.slice(0, MAX_LABEL - 1), "…"] : chars;
    return shown.map((c) => (PLAIN.test(c) ? c : `#${c.codePointAt(0) ?? 63};`)).join("");
}
/** For places where Mermaid takes no entities (an xychart's title and categories): plain characters only. */
function plainOnly(text) {
    return [...text]
        .slice(0, MAX_LABEL)
        .map((c) => (PLAIN.test(c) ? c : "_"))
        .join("");
}
/** A line chart of green's share of the traffic at each step. */
function weightsChart(title, points) {
    const categories = points.map((p) => `"${plainOnly(p.label)}"`).join(", ");
    const values = points.map((p) => String(clampPercent(p.green))).join(", ");
    return [
        "xychart-beta",
        `  title "${plainOnly(title)}"`,
        `  x-axis [${categories}]`,
        '  y-axis "green %" 0 --> 100',
        `  line [${values}]`,
    ].join("\n");
}
/**
 * Where each route sends its traffic, before and after, side by side. An edge carries the target
 * group's share in percent; a target group at 0 is drawn with a dotted edge.
 */
function routingFlowchart(before, after) {
    const lines = ["flowchart LR"];
    const drawn = (routes, prefix, title) => {
        lines.push(`  subgraph ${prefix}["${mermaidLabel(title)}"]`, "    direction LR");
        routes.slice(0, MAX_DRAWN_ROUTES).forEach((route, r) => {
            const id = `${prefix}r${r}`;
            lines.push(`    ${id}["${mermaidLabel(route.route)}"]`);
            const total = route.targets.reduce((n, t) => n + t.weight, 0);
            route.targets.forEach((target, t) => {
                const share = total === 0 ? 0 : Math.round((target.weight / total) * 100);
                const arrow = share === 0 ? "-.->" : "-->";
                lines.push(`    ${id} ${arrow}|"${share}%"| ${id}t${t}["${mermaidLabel(target.name)}"]`);
            });
        });
        const more = routes.length - MAX_DRAWN_ROUTES;
        if (more > 0)
            lines.push(`    ${prefix}more["${more} more route(s): see the table"]`);
        lines.push("  end");
    };
    drawn(before, "before", "before");
    drawn(after, "after", "after");
    return lines.join("\n");
}
function clampPercent(value) {
    return Number.isFinite(value) ? Math.min(100, Math.max(0, Math.round(value))) : 0;
}


/***/ }),

/***/ 74764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wQ: () => (/* binding */ sideCommandResult),
  hl: () => (/* binding */ sideOperation)
});

// UNUSED EXPORTS: renderSidePlan

// EXTERNAL MODULE: ./src/aws/observe-estate.ts + 9 modules
var observe_estate = __webpack_require__(37025);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/report/mermaid.ts
var mermaid = __webpack_require__(39409);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(88850);
// EXTERNAL MODULE: ./src/traffic/side-intent.ts
var side_intent = __webpack_require__(40121);
// EXTERNAL MODULE: ./src/traffic/side-plan.ts
var side_plan = __webpack_require__(96240);
// EXTERNAL MODULE: ./src/aws/header-rule-writer.ts
var header_rule_writer = __webpack_require__(82187);
// EXTERNAL MODULE: ./src/run/bounded.ts + 2 modules
var bounded = __webpack_require__(82754);
// EXTERNAL MODULE: ./src/rollout/set-forward.ts
var set_forward = __webpack_require__(6381);
;// CONCATENATED MODULE: ./src/rollout/apply-side-plan.ts



async function applySidePlan(plan, aws, record) {
    await sendInOrder(plan.steps, aws, record);
    const headerRules = await (0,header_rule_writer/* ensureHeaderRules */.V)(aws.elb, plan.headerPlans);
    for (const row of headerRules.rows.filter((r) => r.action !== "kept"))
        record(`${row.route}: ${row.action} the ${row.role} header rule ${row.header}: ${row.values} → ${row.target}`);
    await sendInOrder(plan.retire, aws, record);
    return headerRules;
}
/**
 * Steps in order, except that consecutive forward writes (one per route) go out together: at 3 a.m.
 * every route of a rollback is back on blue about one round trip after the first. Tags stay in
 * order: on one route, the live side's tag is written before the old side's, so a crash between
 * them still reads right.
 */
async function sendInOrder(steps, aws, record) {
    for (let i = 0; i < steps.length;) {
        const step = steps[i];
        if (step.kind !== "set-forward") {
            await send(step, aws, record);
            i += 1;
            continue;
        }
        let end = i;
        while (steps[end]?.kind === "set-forward")
            end += 1;
        const settled = await (0,bounded/* settleBounded */.Z)(steps.slice(i, end), bounded/* WRITE_CONCURRENCY */.Q, (s) => send(s, aws, record));
        const failed = settled.find((s) => s.status === "rejected");
        if (failed)
            throw failed.reason;
        i = end;
    }
}
async function send(step, aws, record) {
    switch (step.kind) {
        case "set-forward": {
            const wrote = await (0,set_forward/* setForward */.I)(aws.elb, step.place, { targetGroups: step.targetGroups, stickiness: step.stickiness });
            if (wrote)
                record(`${step.route}: forward ${step.targetGroups.map((tg) => `${tg.arn.split("/")[1] ?? tg.arn}=${tg.weight}`).join(", ")}`);
            return;
        }
        case "tag": {
            const add = Object.entries(step.add).map(([Key, Value]) => ({ Key, Value }));
            if (add.length > 0)
                await aws.elb.write.addTags({ ResourceArns: [step.arn], Tags: add });
            if (step.remove.length > 0)
                await aws.elb.write.removeTags([step.arn], step.remove);
            record(`${step.route}: tagged ${step.name}`);
            return;
        }
        case "scale-ecs-service":
            await aws.containerServices.scaleService(step.cluster, step.name, 0);
            record(`scaled ECS service ${step.name} to 0`);
            return;
        case "delete-ecs-service":
            await aws.containerServices.deleteService(step.cluster, step.name);
            record(`deleted ECS service ${step.name}`);
            return;
        case "scale-asg":
            await aws.autoScalingGroups.scaleToZero(step.name);
            record(`scaled ASG ${step.name} to 0`);
            return;
        case "delete-asg":
            await aws.autoScalingGroups.deleteGroup(step.name);
            record(`deleted ASG ${step.name}`);
            return;
        case "delete-target-group":
            await aws.elb.write.deleteTargetGroup(step.arn);
            record(`deleted target group ${step.name}`);
            return;
    }
}

;// CONCATENATED MODULE: ./src/rollout/side-operation.ts







function sideOperation(options) {
    const { command, config, aws } = options;
    const routes = async () => (await (0,observe_estate/* readModelledEstate */.jY)(config, aws, { region: options.region, services: options.services })).routes;
    return {
        name: command,
        resume: options.resume,
        plan: async () => {
            const plan = options.plan(await routes());
            if (plan.refusals.length > 0)
                throw new errors/* RefusedError */.fk(`${command} refused on ${plan.refusals.length} route(s); nothing was changed`, plan.refusals);
            return plan;
        },
        isEmpty: (plan) => (0,side_plan/* changeCount */.YR)(plan) === 0,
        apply: async (plan, run) => {
            await applySidePlan(plan, aws, (line) => run.journal.record(line));
        },
        verify: async (plan) => {
            const now = await routes();
            const unmet = (0,side_intent/* unmetIntent */.i)(plan, now, config.headerRouting);
            if (unmet.length > 0)
                return unmet;
            const left = options.plan(now);
            if (left.refusals.length > 0 || (0,side_plan/* changeCount */.YR)(left) > 0)
                options.log.warn(`${command}: done as planned, but a new run would still change ${(0,side_plan/* changeCount */.YR)(left)} thing(s)${left.refusals.length > 0 ? ` or refuse (${left.refusals.join("; ")})` : ""}; run cutover status to see the routes`);
            return [];
        },
    };
}
/** What promote and rollback hand back: the plan's table, the changes made, the call count, and the plan as data. */
function sideCommandResult(headline, outcome, awsCalls) {
    const { plan } = outcome;
    const changes = outcome.kind === "applied" ? outcome.changes : [];
    const report = renderSidePlan(plan, outcome.kind === "dry-run");
    if (changes.length > 0)
        report.heading("changes made").list(changes);
    return {
        headline,
        report: report.text(`${awsCalls.total} AWS API call(s).`),
        outputs: { changed: String(changes.length > 0) },
        data: {
            rows: plan.rows,
            steps: plan.steps,
            retire: plan.retire,
            headerRules: plan.headerPlans,
            changes,
            awsCalls,
        },
    };
}
/** A table per route: the forward action before → after, the tags written, and what else happens. */
function renderSidePlan(plan, dryRun) {
    const report = new report_report/* Report */.pl();
    const weights = (list) => list.map((w) => `${w.name} ${w.weight}`).join(", ") || "-";
    report.heading(dryRun ? "routes (dry run: nothing changed)" : "routes");
    report.table(["route", "service", "action", "before", "after", "tags"], plan.rows.map((r) => [r.route, r.service, r.action, weights(r.before), weights(r.after), r.tags.join("; ") || "-"]));
    if (plan.rows.length > 0)
        report.diagram((0,mermaid/* routingFlowchart */.ni)(plan.rows.map((r) => ({ route: r.route, targets: r.before })), plan.rows.map((r) => ({ route: r.route, targets: r.after }))));
    const headerRows = plan.headerPlans.flatMap((p) => p.changes.map((c) => [
        p.route,
        c.role,
        `${c.header}: ${c.values.join("|")}`,
        c.target,
        c.kind === "modify" ? c.reasons.join("; ") : c.kind,
    ]));
    if (headerRows.length > 0)
        report.heading("header rules").table(["route", "rule", "header", "to", "change"], headerRows);
    const notes = [...plan.rows.flatMap((r) => r.notes.map((n) => `${r.route}: ${n}`)), ...plan.headerPlans.flatMap((p) => p.notes)];
    if (notes.length > 0)
        report.heading("notes").list(notes);
    if ((0,side_plan/* changeCount */.YR)(plan) === 0)
        report.text("Nothing to change: AWS is already as planned.");
    return report;
}


/***/ }),

/***/ 82754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ WRITE_CONCURRENCY),
  Z: () => (/* binding */ settleBounded)
});

;// CONCATENATED MODULE: ./node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}

;// CONCATENATED MODULE: ./src/run/bounded.ts

/**
 * Writes of one step go out together, at most `limit` at a time, so the first and the last route of
 * a step change about one API round trip apart, whatever their number, without bursting past what
 * AWS's request limits allow. Every item is tried; the results come back in input order, each
 * settled, so a caller knows exactly which changes were made when some failed.
 */
async function settleBounded(items, limit, work) {
    const gate = pLimit(Math.max(1, limit));
    return Promise.allSettled(items.map((item) => gate(() => work(item))));
}
/**
 * How many writes of one step are in flight at once. ELBv2 throttles each account with token
 * buckets that allow a burst; 30 routes (a large release) go out in one wave, and a larger estate in
 * waves of 30. A ThrottlingException is retried by the SDK's adaptive retry, which also slows down.
 */
const WRITE_CONCURRENCY = 30;


/***/ }),

/***/ 30693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ky: () => (/* binding */ greenInProgress),
/* harmony export */   S5: () => (/* binding */ planPromote),
/* harmony export */   mm: () => (/* binding */ standbyDue)
/* harmony export */ });
/* harmony import */ var _estate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61361);
/* harmony import */ var _header_rules_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14278);
/* harmony import */ var _side_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96240);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46944);




function planPromote(input) {
    const { config, now } = input;
    const keepAtZero = config.traffic.afterPromote === "keep-blue-at-zero";
    const rows = [];
    const tags = [];
    const forwards = [];
    const retire = [];
    const refusals = [];
    const header = [];
    const intent = [];
    for (const route of input.routes) {
        const label = (0,_estate_js__WEBPACK_IMPORTED_MODULE_0__/* .routeLabel */ .qA)(route);
        const live = route.blue;
        const standby = route.standby;
        const green = greenInProgress(route);
        if (!live) {
            refusals.push(`${label}: no target group carries traffic; nothing to promote`);
            continue;
        }
        if (green === undefined && live.tags.colour !== "blue") {
            refusals.push(`${label}: no green to promote (deploy-green, then switch-traffic, first)`);
            continue;
        }
        if (green && green.share < 100) {
            refusals.push(`${label}: green ${green.name} carries ${green.share}% of the traffic, not 100%; promote never moves live traffic: run switch-traffic --to 100 first`);
            continue;
        }
        const notes = [];
        const rowTags = [];
        const rowRetire = [];
        const newLive = green ?? live;
        const demoted = green ? live : undefined;
        const retireDemoted = demoted !== undefined && input.cleanup;
        const retiring = [];
        // a promote that stopped between its two tags left the standby without its clock: start it now
        const unclocked = !demoted && standby !== undefined && standby.tags.promotedAt === undefined;
        if (unclocked && !input.cleanup) {
            rowTags.push(...(0,_side_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .tagStep */ .RS)(route, standby, { [_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.colour]: _tags_js__WEBPACK_IMPORTED_MODULE_3__/* .STANDBY */ .mn, [_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.promotedAt]: now.toISOString() }, []));
            notes.push(`standby ${standby.name} kept for rollback until ${new Date(now.getTime() + config.traffic.standby).toISOString()}`);
        }
        else if (standby && standby.arn !== newLive.arn && standby.arn !== demoted?.arn) {
            const due = standbyDue(standby, config, now);
            if (input.cleanup || due.passed || demoted) {
                retiring.push(standby);
                if (!input.cleanup && !due.passed && demoted)
                    notes.push(`standby ${standby.name} retired before its standby time ended (${due.until}): ${demoted.name} is the newer standby`);
            }
            else
                notes.push(`standby ${standby.name} kept for rollback until ${due.until}`);
        }
        if (demoted && retireDemoted)
            retiring.push(demoted);
        const keptStandby = demoted && !retireDemoted ? demoted : standby && !retiring.includes(standby) ? standby : undefined;
        // the live side first, pointing at its standby: a crash before the second tag still reads right
        rowTags.push(...(0,_side_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .tagStep */ .RS)(route, newLive, { [_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.colour]: "blue", ...(keptStandby ? { [_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.standby]: keptStandby.arn } : {}) }, keptStandby ? [] : [_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.standby]));
        if (demoted && !retireDemoted)
            rowTags.push(...(0,_side_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .tagStep */ .RS)(route, demoted, { [_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.colour]: _tags_js__WEBPACK_IMPORTED_MODULE_3__/* .STANDBY */ .mn, [_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.promotedAt]: now.toISOString() }, []));
        // a pair's members both stay pair members; only what is retired or removed leaves the action
        const zero = keepAtZero && keptStandby?.attached ? [keptStandby.arn] : keepAtZero && demoted && !retireDemoted ? [demoted.arn] : [];
        const drop = [
            ...retiring.map((s) => s.arn),
            ...(!keepAtZero && demoted ? [demoted.arn] : []),
            ...(!keepAtZero && keptStandby ? [keptStandby.arn] : []),
        ].filter((arn) => arn !== newLive.arn);
        const targetGroups = (0,_side_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .liveForward */ .or)(route, newLive.arn, zero, drop);
        const rowForward = (0,_side_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .forwardStep */ .IX)(route, targetGroups);
        for (const side of retiring) {
            const retired = (0,_side_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .retireSteps */ .JQ)(route, side);
            rowRetire.push(...retired.steps, ...retired.tags);
            notes.push(retired.words);
        }
        const targets = { green: (0,_side_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .afterReleaseTarget */ .hx)(config, newLive.arn), blue: { targetGroupArn: newLive.arn } };
        header.push({ route, targets });
        intent.push({ route: label, ruleArn: route.rule.arn, forward: targetGroups, header: config.headerRouting ? targets : undefined });
        tags.push(...rowTags);
        forwards.push(...rowForward);
        retire.push(...rowRetire);
        const changed = rowTags.length + rowForward.length + rowRetire.length > 0;
        rows.push({
            route: label,
            service: route.service,
            action: demoted ? "promote" : changed ? "finish promote" : "already promoted",
            before: (0,_side_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .namedWeights */ .f4)(route.forward?.targetGroups ?? []),
            after: (0,_side_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .namedWeights */ .f4)(targetGroups),
            tags: [...rowTags, ...rowRetire].filter((s) => s.kind === "tag").map(_side_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .describeTag */ .y),
            notes,
        });
    }
    if (refusals.length > 0)
        return { rows, intent: [], steps: [], headerPlans: [], retire: [], refusals };
    const release = input.release ?? header.map((h) => h.route.green?.release ?? h.route.blue?.release).find((r) => r !== undefined) ?? "promoted";
    const headerPlans = (0,_header_rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .planHeaderRulesForRoutes */ .xt)(config, header, release, { keepRelease: true, settleAdoption: true, giveRoomBack: true });
    return { rows, intent, steps: [...tags, ...forwards], headerPlans, retire: (0,_side_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .dedupe */ .Qq)(retire), refusals };
}
/**
 * The release in progress on the route, if any: green that is neither the standby a promote left
 * nor a retired pair member, unless it carries traffic (then it is a release, whatever its tags say).
 */
function greenInProgress(route) {
    const green = route.green;
    if (!green)
        return undefined;
    if (green.share > 0)
        return green;
    if (green.arn === route.standby?.arn || green.tags.colourTag === _tags_js__WEBPACK_IMPORTED_MODULE_3__/* .RETIRED */ .wk)
        return undefined;
    return green;
}
/** Whether the standby time has passed since the side was promoted away; a standby without the tag is due. */
function standbyDue(side, config, now) {
    const since = Date.parse(side.tags.promotedAt ?? "");
    if (Number.isNaN(since))
        return { passed: true, until: "unknown (no promoted-at tag)" };
    const until = new Date(since + config.traffic.standby);
    return { passed: now.getTime() >= until.getTime(), until: until.toISOString() };
}


/***/ }),

/***/ 16798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ promoteReleases),
/* harmony export */   i: () => (/* binding */ rollbackReleases)
/* harmony export */ });
/* harmony import */ var _promote_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30693);
/* harmony import */ var _rollback_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96501);


/** promote: the release going live, and the ones it takes out of service. */
function promoteReleases(routes, release) {
    const promoted = [];
    const replaced = [];
    for (const route of routes) {
        const green = (0,_promote_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .greenInProgress */ .Ky)(route);
        if (!green)
            continue;
        if (green.release)
            promoted.push(green.release);
        const live = route.blue;
        if (live?.release && live.arn !== green.arn)
            replaced.push(live.release);
    }
    const main = release ?? promoted[0];
    return { ...(main === undefined ? {} : { release: main }), replaced: [...new Set(replaced)] };
}
/** rollback: the releases it takes traffic away from, and the ones that get it back. */
function rollbackReleases(routes) {
    const replaced = [];
    const restored = [];
    for (const route of routes) {
        const { back, away } = (0,_rollback_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .sidesOf */ .M)(route);
        if (!back || !away)
            continue;
        if (away.release)
            replaced.push(away.release);
        if (back.release)
            restored.push(back.release);
    }
    return { replaced: [...new Set(replaced)], restored: [...new Set(restored)] };
}


/***/ }),

/***/ 96501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ planRollback),
/* harmony export */   M: () => (/* binding */ sidesOf)
/* harmony export */ });
/* harmony import */ var _estate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61361);
/* harmony import */ var _header_rules_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14278);
/* harmony import */ var _promote_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30693);
/* harmony import */ var _side_plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96240);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46944);





function planRollback(input) {
    const { config } = input;
    const rows = [];
    const forwards = [];
    const tags = [];
    const retire = [];
    const refusals = [];
    const header = [];
    const intent = [];
    for (const route of input.routes) {
        const label = (0,_estate_js__WEBPACK_IMPORTED_MODULE_0__/* .routeLabel */ .qA)(route);
        const { back, away, undo } = sidesOf(route);
        if (!back) {
            refusals.push(`${label}: neither a blue nor a standby target group to go back to`);
            continue;
        }
        const notes = [];
        if (undo) {
            const due = (0,_promote_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .standbyDue */ .mm)(back, config, input.now);
            notes.push(due.passed
                ? `undoing the promote of ${away?.name ?? "?"}: standby ${back.name}'s time ended ${due.until}, but it still exists`
                : `undoing the promote of ${away?.name ?? "?"}: back to standby ${back.name}`);
        }
        if (back.health.total > 0 && back.health.healthy === 0)
            notes.push(`${back.name} has no healthy target (0/${back.health.total}); sending it the traffic anyway`);
        const destroy = input.destroyGreen && away !== undefined && away.tags.colourTag !== _tags_js__WEBPACK_IMPORTED_MODULE_4__/* .RETIRED */ .wk;
        const deleted = destroy && route.serviceType !== "target-group" && away.tags.createdBy === _tags_js__WEBPACK_IMPORTED_MODULE_4__/* .CREATED_BY_CUTOVER */ .g$;
        const targetGroups = (0,_side_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .liveForward */ .or)(route, back.arn, [], deleted && away ? [away.arn] : []);
        const rowForward = (0,_side_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .forwardStep */ .IX)(route, targetGroups);
        // tags only where a promote left them otherwise; an untagged side stays untagged
        const rowTags = [];
        if ((back.tags.colourTag !== undefined && back.tags.colourTag !== "blue") || back.tags.promotedAt !== undefined)
            rowTags.push(...(0,_side_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .tagStep */ .RS)(route, back, back.tags.colourTag === undefined ? {} : { [_tags_js__WEBPACK_IMPORTED_MODULE_4__/* .TAG */ .Dk.colour]: "blue" }, [_tags_js__WEBPACK_IMPORTED_MODULE_4__/* .TAG */ .Dk.promotedAt]));
        if (away && !destroy && ((away.tags.colourTag !== undefined && away.tags.colourTag !== "green") || away.tags.standbyArn !== undefined))
            rowTags.push(...(0,_side_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .tagStep */ .RS)(route, away, away.tags.colourTag === undefined ? {} : { [_tags_js__WEBPACK_IMPORTED_MODULE_4__/* .TAG */ .Dk.colour]: "green" }, [_tags_js__WEBPACK_IMPORTED_MODULE_4__/* .TAG */ .Dk.standby]));
        const rowRetire = [];
        if (destroy) {
            const retired = (0,_side_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .retireSteps */ .JQ)(route, away);
            rowRetire.push(...retired.steps, ...retired.tags);
            notes.push(retired.words);
        }
        // green-header requests follow afterRelease, as after a promote; `afterRollback: keep-green` keeps green reachable while it exists
        const keepGreen = config.headerRouting?.afterRollback === "keep-green" && away !== undefined && !deleted && !destroy;
        const targets = {
            green: keepGreen ? { targetGroupArn: away.arn } : (0,_side_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .afterReleaseTarget */ .hx)(config, back.arn),
            blue: { targetGroupArn: back.arn },
        };
        header.push({ route, targets });
        intent.push({ route: label, ruleArn: route.rule.arn, forward: targetGroups, header: config.headerRouting ? targets : undefined });
        forwards.push(...rowForward);
        tags.push(...rowTags);
        retire.push(...rowRetire);
        const changed = rowForward.length + rowTags.length + rowRetire.length > 0;
        rows.push({
            route: label,
            service: route.service,
            action: undo ? "undo promote" : away ? (changed ? "roll back" : "rolled back already") : "nothing to roll back",
            before: (0,_side_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .namedWeights */ .f4)(route.forward?.targetGroups ?? []),
            after: (0,_side_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .namedWeights */ .f4)(targetGroups),
            tags: [...rowTags, ...rowRetire].filter((s) => s.kind === "tag").map(_side_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .describeTag */ .y),
            notes,
        });
    }
    if (refusals.length > 0)
        return { rows, intent: [], steps: [], headerPlans: [], retire: [], refusals };
    const release = header.map((h) => h.route.green?.release ?? h.route.blue?.release).find((r) => r !== undefined) ?? "rollback";
    const headerPlans = (0,_header_rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .planHeaderRulesForRoutes */ .xt)(config, header, release, { keepRelease: true, restoreAdopted: true, giveRoomBack: true });
    // traffic first: at 3 a.m. what matters most is where requests go; tags and retirements follow
    return { rows, intent, steps: [...forwards, ...tags], headerPlans, retire: (0,_side_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .dedupe */ .Qq)(retire), refusals };
}
/**
 * The side to go back to and the side to leave. A release in progress wins over a standby: after a
 * promote, the next release's green is what a rollback undoes, not the promote before it.
 */
function sidesOf(route) {
    const { blue, green, standby } = route;
    if (standby && (green === undefined || green.arn === standby.arn))
        return { back: standby, away: blue && blue.arn !== standby.arn ? blue : undefined, undo: true };
    return { back: blue, away: green, undo: false };
}


/***/ }),

/***/ 96240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ forwardStep),
/* harmony export */   JQ: () => (/* binding */ retireSteps),
/* harmony export */   Qq: () => (/* binding */ dedupe),
/* harmony export */   RS: () => (/* binding */ tagStep),
/* harmony export */   YR: () => (/* binding */ changeCount),
/* harmony export */   f4: () => (/* binding */ namedWeights),
/* harmony export */   hx: () => (/* binding */ afterReleaseTarget),
/* harmony export */   or: () => (/* binding */ liveForward),
/* harmony export */   y: () => (/* binding */ describeTag)
/* harmony export */ });
/* unused harmony export placeOf */
/* harmony import */ var _estate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61361);
/* harmony import */ var _forward_action_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9811);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46944);



/** Whether applying the plan would change anything: the plan's steps, and header rule changes. */
function changeCount(plan) {
    const header = plan.headerPlans.reduce((n, p) => n + p.changes.filter((c) => c.kind !== "keep").length, 0);
    return plan.steps.length + plan.retire.length + header;
}
function placeOf(route) {
    return {
        listenerArn: route.listener.arn,
        ruleArn: route.rule.arn,
        isDefault: route.rule.priority === "default",
        label: `${(0,_estate_js__WEBPACK_IMPORTED_MODULE_0__/* .routeLabel */ .qA)(route)} (${route.loadBalancerName}:${route.listener.port})`,
    };
}
/**
 * The forward action with `live` carrying everything: `live` at 100 (or its own weight when it
 * already has all the traffic, so an unchanged route stays unchanged), `zero` listed at 0 (added when
 * missing), `drop` removed, anything else at 0. The current order is kept.
 */
function liveForward(route, live, zero, drop) {
    const current = route.forward?.targetGroups ?? [];
    const liveWeight = current.find((tg) => tg.arn === live)?.weight ?? 0;
    const others = current.filter((tg) => tg.arn !== live).reduce((n, tg) => n + tg.weight, 0);
    const weight = liveWeight > 0 && others === 0 ? liveWeight : 100;
    const out = current.filter((tg) => !drop.includes(tg.arn)).map((tg) => ({ arn: tg.arn, weight: tg.arn === live ? weight : 0 }));
    if (!out.some((tg) => tg.arn === live))
        out.unshift({ arn: live, weight });
    for (const arn of zero)
        if (!out.some((tg) => tg.arn === arn) && !drop.includes(arn))
            out.push({ arn, weight: 0 });
    return out;
}
/** A set-forward step when the wanted forward differs from the route's. */
function forwardStep(route, targetGroups) {
    const stickiness = route.forward?.stickiness;
    const current = { targetGroups: route.forward?.targetGroups ?? [], stickiness };
    if ((0,_forward_action_js__WEBPACK_IMPORTED_MODULE_2__/* .sameForward */ .W)(current, { targetGroups, stickiness }))
        return [];
    return [{ kind: "set-forward", route: (0,_estate_js__WEBPACK_IMPORTED_MODULE_0__/* .routeLabel */ .qA)(route), place: placeOf(route), targetGroups, stickiness }];
}
/** A tag step with only what differs from the side's tags now; none when nothing does. */
function tagStep(route, side, add, remove) {
    const raw = rawTags(side);
    const adding = Object.fromEntries(Object.entries(add).filter(([key, value]) => raw[key] !== value));
    const removing = remove.filter((key) => raw[key] !== undefined);
    if (Object.keys(adding).length === 0 && removing.length === 0)
        return [];
    return [{ kind: "tag", route: (0,_estate_js__WEBPACK_IMPORTED_MODULE_0__/* .routeLabel */ .qA)(route), arn: side.arn, name: side.name, add: adding, remove: removing }];
}
/** The tags the model read, under their AWS keys, for comparing. */
function rawTags(side) {
    const t = side.tags;
    const entries = [
        [_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.colour, t.colourTag],
        [_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.promotedAt, t.promotedAt],
        [_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.standby, t.standbyArn],
    ];
    return Object.fromEntries(entries.filter((e) => e[1] !== undefined));
}
/**
 * Retiring a side: what cutover created for it is deleted (ECS service or ASG, then its target
 * group); what other tooling owns is kept: a target-group pair's member is only retagged, the
 * configured original service or ASG is scaled to zero and its target group retagged. The caller
 * has already taken the side out of every forward action and header rule.
 */
function retireSteps(route, side) {
    const ours = side.tags.createdBy === _tags_js__WEBPACK_IMPORTED_MODULE_1__/* .CREATED_BY_CUTOVER */ .g$ && route.serviceType !== "target-group";
    const backend = side.backend;
    const steps = [];
    if (route.serviceType !== "target-group" && backend) {
        const backendOurs = backend.tags[_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.createdBy] === _tags_js__WEBPACK_IMPORTED_MODULE_1__/* .CREATED_BY_CUTOVER */ .g$;
        if (backend.type === "ecs")
            steps.push({ kind: backendOurs ? "delete-ecs-service" : "scale-ecs-service", cluster: backend.cluster, name: backend.name });
        else
            steps.push({ kind: backendOurs ? "delete-asg" : "scale-asg", name: backend.name });
    }
    if (ours) {
        steps.push({ kind: "delete-target-group", arn: side.arn, name: side.name });
        return { steps, tags: [], words: `retire ${side.name}: delete ${describeRetire(steps)}` };
    }
    const tags = tagStep(route, side, { [_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.colour]: _tags_js__WEBPACK_IMPORTED_MODULE_1__/* .RETIRED */ .wk }, [_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.promotedAt, _tags_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.standby]);
    const kept = route.serviceType === "target-group" ? "kept (other tooling owns it)" : "target group kept (cutover did not create it)";
    return { steps, tags, words: `retire ${side.name}: ${steps.length > 0 ? `${describeRetire(steps)}; ` : ""}${kept}` };
}
function describeRetire(steps) {
    return steps
        .map((s) => {
        switch (s.kind) {
            case "scale-ecs-service":
                return `scale ECS service ${s.name} to 0`;
            case "delete-ecs-service":
                return `ECS service ${s.name}`;
            case "scale-asg":
                return `scale ASG ${s.name} to 0`;
            case "delete-asg":
                return `ASG ${s.name}`;
            case "delete-target-group":
                return `target group ${s.name}`;
            default:
                return s.kind;
        }
    })
        .join(", ");
}
/** Deletions and scalings named once, though several routes share a target group or service. */
function dedupe(steps) {
    const seen = new Set();
    return steps.filter((s) => {
        const key = JSON.stringify(s.kind === "tag" || s.kind === "set-forward" ? [s.kind, s.route, s] : s);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** What the green header gets once no green exists (`headerRouting.afterRelease`). */
function afterReleaseTarget(config, live) {
    return config.headerRouting?.afterRelease === "live" ? { targetGroupArn: live } : { fixedResponse: { statusCode: "404" } };
}
function namedWeights(targetGroups) {
    return targetGroups.map((tg) => ({ name: (0,_estate_js__WEBPACK_IMPORTED_MODULE_0__/* .targetGroupNameFromArn */ .T8)(tg.arn), weight: tg.weight }));
}
function describeTag(step) {
    if (step.kind !== "tag")
        return "";
    const added = Object.entries(step.add).map(([k, v]) => `${k}=${k === _tags_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.standby ? (0,_estate_js__WEBPACK_IMPORTED_MODULE_0__/* .targetGroupNameFromArn */ .T8)(v) : v}`);
    return `${step.name}: ${[...added, ...step.remove.map((k) => `-${k}`)].join(" ")}`;
}


/***/ })

};
