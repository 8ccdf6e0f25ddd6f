export const id = 797;
export const ids = [797];
export const modules = {

/***/ 26591:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



exports.quote = __webpack_require__(5335);
/* unused reexport */ __webpack_require__(42696);


/***/ }),

/***/ 42696:
/***/ ((module) => {



/**
 * @import {
 * 	ControlOperator,
 * 	Env,
 * 	GlobPattern,
 * 	ParseEntry,
 * } from './parse' */

// '<(' and '>(' are process substitution operators and
// can be parsed the same as control operator
var CONTROL = /** @type {const} */ ('(?:') + /** @type {const} */ ([
	'\\|\\|',
	'\\&(?:\\&|>>?)', // `&&`, `&>`, and `&>>`
	';;\\&?', // `;;` and `;;&`
	'[;|]\\&', // `;&` and `|&`
	'\\<\\(',
	'\\<\\<\\<',
	'\\<\\<-',
	'\\<\\<(?!\\()', // `<<(` stays `<` and `<(`, as zsh reads it; other shells reject it
	'>>',
	'>[&|(]', // `>&`, `>|`, and `>(`
	'<[&>]', // `<&` and `<>`
	'[&;()|<>]'
]).join(/** @type {const} */ ('|')) + /** @type {const} */ (')');
var controlRE = new RegExp('^' + CONTROL + '$');
var META = /** @type {const} */ ('|&;()<> \\t');
var SINGLE_QUOTE = /** @type {const} */ ('\'([^\']*?)\'');
// bash ANSI-C quoting, `$'...'`: a backslash escapes the next character, including `'`
var ANSI_C_BODY = '(?:\\\\[\\s\\S]|[^\\\\\'])*?';
var ANSI_C_QUOTE = '\\$\'' + ANSI_C_BODY + '\'';
var ansiCAt = new RegExp('\\$\'' + ANSI_C_BODY + '(?:(\')|\\\\?$)', 'g');
var ANSI_C_LETTERS = 'abeEfnrtv';
var ANSI_C_CHARS = '\x07\b\x1B\x1B\f\n\r\t\v';
var hash = /^#$/;

var SQ = /** @type {const} */ ("'");
var DQ = /** @type {const} */ ('"');
var DS = /** @type {const} */ ('$');

var TOKEN = '';
var mult = /** @type {const} */ (0x100000000); // Math.pow(16, 8);
for (var i = 0; i < 4; i++) {
	TOKEN += (mult * Math.random()).toString(16);
}
var startsWithToken = new RegExp('^' + TOKEN);

/**
 * @param {string} s
 * @param {RegExp} r
 */
function matchAll(s, r) {
	var origIndex = r.lastIndex;

	var matches = [];
	var matchObj;

	while ((matchObj = r.exec(s))) {
		matches[matches.length] = matchObj;
		if (r.lastIndex === matchObj.index) {
			r.lastIndex += 1;
		}
	}

	r.lastIndex = origIndex;

	return matches;
}

/**
 * @param {Env} env
 * @param {string} pre
 * @param {string} key
 */
function getVar(env, pre, key) {
	var r = typeof env === 'function' ? env(key) : env[key];
	if (typeof r === 'undefined' && key != '') {
		r = '';
	} else if (typeof r === 'undefined') {
		r = '$';
	}

	if (typeof r === 'object') {
		return pre + TOKEN + JSON.stringify(r) + TOKEN;
	}
	return pre + r;
}

var ansiCEscape = /\\([0-7]{1,3}|x[\dA-Fa-f]{1,2}|u[\dA-Fa-f]{1,4}|U[\dA-Fa-f]{1,8}|c(?:\\\\|[\s\S])|[abeEfnrtv\\'"?])/g;

/**
 * @param {string} m
 * @param {string} escape
 */
function expandAnsiCEscape(m, escape) {
	var kind = escape.charAt(0);
	if (kind === 'c') {
		var ctrl = escape.charAt(1);
		return ctrl === '?' ? '\x7F' : String.fromCharCode(ctrl.charCodeAt(0) & 0x1F);
	}
	if (kind === 'x' || kind === 'u' || kind === 'U') {
		var cp = parseInt(escape.slice(1), 16);
		if (cp > 0x10FFFF) {
			return m;
		}
		return String.fromCharCode.apply(null, cp > 0xFFFF ? [0xD7C0 + (cp >> 10), 0xDC00 + (cp & 0x3FF)] : [cp]);
	}
	if (kind >= '0' && kind <= '7') {
		return String.fromCharCode(parseInt(escape, 8) & 0xFF);
	}
	var letter = ANSI_C_LETTERS.indexOf(escape);
	return letter < 0 ? escape : ANSI_C_CHARS.charAt(letter);
}

/** @param {string} body */
function expandAnsiC(body) {
	return body.replace(ansiCEscape, expandAnsiCEscape).split('\0')[0]; // like bash, a NUL ends the string
}

/**
 * @param {string} s
 * @param {number} i
 */
function closesAnsiC(s, i) {
	ansiCAt.lastIndex = i;
	return !!(/** @type {RegExpExecArray} */ (ansiCAt.exec(s)))[1];
}

/**
 * @param {string} string
 * @param {Env} [env]
 * @param {{ escape?: string, splitUnquoted?: boolean | string }} [opts]
 * @returns {ParseEntry[]}
 */
function parseInternal(string, env, opts) {
	if (!opts) {
		opts = {};
	}
	var BS = opts.escape || '\\';
	var ifs = opts.splitUnquoted === true ? ' \t\n' : (typeof opts.splitUnquoted === 'string' ? opts.splitUnquoted : '');
	var BAREWORD = '(\\' + BS + '[\'"$\\' + BS + META + ']|\\$\\$|\\$(?!' + ANSI_C_QUOTE.slice(2) + ')|[^\\s\'"$' + META + '])+';
	var DOUBLE_QUOTE = '"(?:\\' + BS + '[\\s\\S]|[^"\\' + BS + '])*"';

	var chunker = new RegExp([
		'(' + CONTROL + ')', // control chars
		'(' + ANSI_C_QUOTE + '|' + BAREWORD + '|' + DOUBLE_QUOTE + '|' + SINGLE_QUOTE + ')+'
	].join('|'), 'g');

	var matches = matchAll(string, chunker);

	if (matches.length === 0) {
		return [];
	}
	if (!env) {
		env = {};
	}

	var commented = false;

	return matches.map(function (match) {
		var s = match[0];
		if (!s || commented) {
			return void undefined;
		}
		if (controlRE.test(s)) {
			return /** @type {ControlOperator} */ ({ op: s });
		}

		// Hand-written scanner/parser for Bash quoting rules:
		//
		// 1. inside single quotes, all characters are printed literally.
		// 2. inside double quotes, all characters are printed literally
		//    except variables prefixed by '$' and backslashes followed by
		//    either a double quote or another backslash.
		// 3. outside of any quotes, backslashes are treated as escape
		//    characters and not printed (unless they are themselves escaped)
		// 4. quote context can switch mid-token if there is no whitespace
		//     between the two quote contexts (e.g. all'one'"token" parses as
		//     "allonetoken")
		/** @type {string | boolean} */
		var quote = false;
		var esc = false;
		var out = '';
		/** @type {string[]} */
		var words = [];
		var sawQuote = false;
		/** @type {number | null} */
		var pendingNw = null;
		var isGlob = false;
		/** @type {number} */
		var i;

		function parseEnvVar() {
			i += 1;
			/** @type {number | RegExpMatchArray | null} */
			var varend;
			/** @type {string} */
			var varname;
			var char = s.charAt(i);

			if (char === '{') {
				i += 1;
				if (s.charAt(i) === '}') {
					throw new Error('Bad substitution: ' + s.slice(i - 2, i + 1));
				}
				// match braces by depth so a nested `${` keeps its inner `}` from ending the outer substitution
				var depth = 1;
				varend = i;
				while (depth > 0 && varend < s.length) {
					if (s.charAt(varend) === '{' && s.charAt(varend - 1) === '$') {
						depth += 1;
					} else if (s.charAt(varend) === '}') {
						depth -= 1;
					}
					varend += 1;
				}
				if (depth !== 0) {
					throw new Error('Bad substitution: ' + s.slice(i));
				}
				varend -= 1;
				varname = s.slice(i, varend);
				i = varend;
			} else if ((/[*@#?$!-]/).test(char)) {
				varname = char;
			} else {
				var slicedFromI = s.slice(i);
				varend = slicedFromI.match(/[^\w\d_]/);
				if (!varend) {
					varname = slicedFromI;
					i = s.length;
				} else {
					varname = slicedFromI.slice(0, varend.index);
					i += /** @type {number} */ (varend.index) - 1;
				}
			}
			return getVar(/** @type {NonNullable<typeof env>} */ (env), '', varname);
		}

		function flushRun() {
			if (pendingNw === null) {
				return;
			}
			if (pendingNw === 0) {
				if (out !== '') {
					words[words.length] = out;
					out = '';
				}
			} else {
				words[words.length] = out;
				out = '';
				for (var fe = 1; fe < pendingNw; fe += 1) {
					words[words.length] = '';
				}
			}
			pendingNw = null;
		}

		for (i = 0; i < s.length; i++) {
			var c = s.charAt(i);
			if (ifs && c !== DS) {
				flushRun();
			}
			isGlob = isGlob || (!quote && (c === '*' || c === '?'));
			if (esc) {
				out += c;
				esc = false;
			} else if (quote) {
				if (c === quote) {
					quote = false;
				} else if (quote == SQ) {
					out += c;
				} else { // Double quote
					if (c === BS) {
						i += 1;
						c = s.charAt(i);
						if (c === DQ || c === BS || c === DS) {
							out += c;
						} else {
							out += BS + c;
						}
					} else if (c === DS) {
						out += parseEnvVar();
					} else {
						out += c;
					}
				}
			} else if (c === DQ || c === SQ) {
				quote = c;
				sawQuote = true;
			} else if (controlRE.test(c)) {
				return /** @type {ControlOperator} */ ({ op: s });
			} else if (hash.test(c)) {
				commented = true;
				var commentObj = { comment: string.slice(match.index + i + 1) };
				if (out.length) {
					return /** @type {const} */ ([out, commentObj]);
				}
				return /** @type {const} */ ([commentObj]);
			} else if (c === BS) {
				esc = true;
			} else if (c === DS && s.charAt(i + 1) === SQ && closesAnsiC(s, i)) {
				flushRun();
				sawQuote = true;
				out += expandAnsiC(s.slice(i + 2, ansiCAt.lastIndex - 1));
				i = ansiCAt.lastIndex - 1;
			} else if (c === DS) {
				var value = parseEnvVar();
				if (!ifs) {
					out += value;
				} else {
					for (var vi = 0; vi < value.length; vi += 1) {
						var vc = value.charAt(vi);
						if (ifs.indexOf(vc) < 0) {
							flushRun();
							out += vc;
						} else if (pendingNw === null) {
							pendingNw = vc === ' ' || vc === '\t' || vc === '\n' ? 0 : 1;
						} else if (vc !== ' ' && vc !== '\t' && vc !== '\n') {
							pendingNw += 1;
						}
					}
				}
			} else {
				out += c;
			}
		}

		if (isGlob) {
			return /** @type {GlobPattern} */ ({ op: 'glob', pattern: out });
		}

		if (ifs) {
			if (pendingNw !== null && pendingNw > 0) {
				words[words.length] = out;
				out = '';
				for (var te = 1; te < pendingNw; te += 1) {
					words[words.length] = '';
				}
			}
			if (out !== '' || (sawQuote && words.length === 0)) {
				words[words.length] = out;
			}
			return words;
		}

		return out;
	}).reduce(function (prev, arg) { // finalize parsed arguments
		if (typeof arg === 'undefined') {
			return prev;
		}
		/** @type {ParseEntry[]} */ ([]).concat(arg).forEach(function (entry) {
			prev[prev.length] = entry;
		});
		return prev;
	}, /** @type {ParseEntry[]} */ ([]));
}

/** @type {typeof import('./parse')} */
module.exports = function parse(s, env, opts) {
	var mapped = parseInternal(s, env, opts);
	if (typeof env !== 'function') {
		return mapped;
	}
	return mapped.reduce(function (acc, s) {
		if (typeof s === 'object') {
			acc[acc.length] = s;
			return acc;
		}
		var xs = s.split(RegExp('(' + TOKEN + '.*?' + TOKEN + ')', 'g'));
		if (xs.length === 1) {
			acc[acc.length] = xs[0];
			return acc;
		}
		xs.filter(Boolean).forEach(function (x) {
			acc[acc.length] = startsWithToken.test(x)
				? JSON.parse(x.split(TOKEN)[1])
				: x;
		});
		return acc;
	}, /** @type {ParseEntry[]} */ ([]));
};


/***/ }),

/***/ 5335:
/***/ ((module) => {



/** @import { ControlOperator } from './parse' */

/** @type {ControlOperator['op'][]} */
var OPS = /** @type {const} */ ([
	'||',
	'&&',
	';;&',
	';;',
	';&',
	'|&',
	'<(',
	'>(',
	'<<<',
	'<<-',
	'<<',
	'>>',
	'>&',
	'>|',
	'&>>',
	'&>',
	'<&',
	'<>',
	'&',
	';',
	'(',
	')',
	'|',
	'<',
	'>'
]);
var LINE_TERMINATORS = /[\n\r\u2028\u2029]/;
var GLOB_SHELL_SPECIAL = /[\s#!"$&'():;<=>@\\^`|~]/g;

/** @type {typeof import('./quote')} */
module.exports = function quote(xs) {
	var sawComment = false;
	return xs.map(function (s) {
		if (sawComment && typeof s === 'string' && LINE_TERMINATORS.test(s)) {
			throw new TypeError('a token after a `comment` must not contain line terminators');
		}
		if (s === '') {
			return /** @type {const} */ ('\'\'');
		}
		if (s && typeof s === 'object') {
			if ('op' in s && s.op === 'glob') {
				if (typeof s.pattern !== 'string') {
					throw new TypeError('glob token requires a string `pattern`');
				}
				if (LINE_TERMINATORS.test(s.pattern)) {
					throw new TypeError('glob `pattern` must not contain line terminators');
				}
				if (s.pattern === '') {
					return /** @type {const} */ ('\'\'');
				}
				return s.pattern.replace(GLOB_SHELL_SPECIAL, '\\$&');
			}
			if ('op' in s && typeof s.op === 'string') {
				if (OPS.indexOf(s.op) < 0) {
					throw new TypeError('invalid `op` value: ' + JSON.stringify(s.op));
				}
				return s.op.replace(/[\s\S]/g, '\\$&');
			}
			if ('comment' in s && typeof s.comment === 'string') {
				if (LINE_TERMINATORS.test(s.comment)) {
					throw new TypeError('`comment` must not contain line terminators');
				}
				sawComment = true;
				return '#' + s.comment;
			}
			throw new TypeError('unrecognized object token shape');
		}
		if ((/'/).test(s) && (/!/).test(s)) {
			return "'" + s.replace(/'/g, "'\"'\"'") + "'";
		}
		if ((/["\s\\]/).test(s) && !(/'/).test(s)) {
			return "'" + s + "'";
		}
		if ((/["'\s]/).test(s)) {
			return '"' + s.replace(/(["\\$`])/g, '\\$1') + '"';
		}
		return String(s).replace(/([A-Za-z]:)?([#!"$&'()*,:;<=>?@[\\\]^`{|}~])/g, '$1\\$2');
	}).join(' ');
};


/***/ }),

/***/ 58015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ resumeCommand)
/* harmony export */ });
/* harmony import */ var shell_quote__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26591);

/** What a person runs to continue after a resumable failure: the same command, config and services, quoted for a shell. */
function resumeCommand(settings) {
    const args = ["cutover", settings.command, "--config", settings.configPath];
    if (settings.release !== undefined)
        args.push("--release", settings.release);
    for (const service of settings.services)
        args.push("--service", service);
    return (0,shell_quote__WEBPACK_IMPORTED_MODULE_0__.quote)(args);
}


/***/ }),

/***/ 34280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wQ: () => (/* binding */ sideCommandResult),
  hl: () => (/* binding */ sideOperation)
});

// UNUSED EXPORTS: renderSidePlan

// EXTERNAL MODULE: ./src/aws/observe-estate.ts + 5 modules
var observe_estate = __webpack_require__(98328);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(88850);
// EXTERNAL MODULE: ./src/traffic/estate.ts
var estate = __webpack_require__(61361);
;// CONCATENATED MODULE: ./src/traffic/side-intent.ts

/**
 * After promote or rollback applied its plan: does AWS now hold what the plan meant? Per route, the
 * forward action's weights and where each header rule sends requests, read back from the listener.
 * Pure. This, not a second plan from the new state, decides success: a plan recomputed afterwards
 * may legitimately see more to do (a standby that is now due), which is not a failure of this run.
 */
function unmetIntent(plan, routes) {
    const byRule = new Map(routes.map((r) => [r.rule.arn, r]));
    const skipped = new Set(plan.headerPlans.filter((p) => p.skipped !== undefined).map((p) => p.route));
    const unmet = [];
    for (const want of plan.intent) {
        const route = byRule.get(want.ruleArn);
        if (!route) {
            unmet.push(`${want.route}: not found when read again`);
            continue;
        }
        const wanted = weightsText(want.forward);
        const found = weightsText(route.forward?.targetGroups ?? []);
        if (wanted !== found)
            unmet.push(`${(0,estate/* routeLabel */.qA)(route)}: forwards ${found || "nowhere"}, planned ${wanted}`);
        if (want.header && !skipped.has(want.route)) {
            for (const role of ["green", "blue"]) {
                const problem = headerMismatch(route, role, want.header[role]);
                if (problem)
                    unmet.push(`${(0,estate/* routeLabel */.qA)(route)}: ${problem}`);
            }
        }
    }
    return unmet;
}
function weightsText(targetGroups) {
    return [...targetGroups]
        .map((tg) => `${(0,estate/* targetGroupNameFromArn */.T8)(tg.arn)}=${tg.weight}`)
        .sort()
        .join(", ");
}
function headerMismatch(route, role, target) {
    const rule = route.headerRules.find((r) => r.role === role);
    const planned = "targetGroupArn" in target ? (0,estate/* targetGroupNameFromArn */.T8)(target.targetGroupArn) : `fixed ${target.fixedResponse.statusCode}`;
    if (!rule)
        return `no ${role} header rule, planned → ${planned}`;
    const action = rule.action;
    const actual = action?.type === "forward"
        ? action.targetGroups
            .filter((tg) => tg.weight > 0)
            .map((tg) => (0,estate/* targetGroupNameFromArn */.T8)(tg.arn))
            .join("+")
        : action?.type === "fixed-response"
            ? `fixed ${action.statusCode ?? "?"}`
            : (action?.type ?? "no action");
    return actual === planned ? undefined : `the ${role} header rule sends to ${actual}, planned → ${planned}`;
}

// EXTERNAL MODULE: ./src/traffic/side-plan.ts
var side_plan = __webpack_require__(96240);
// EXTERNAL MODULE: ./src/aws/header-rule-writer.ts
var header_rule_writer = __webpack_require__(82187);
// EXTERNAL MODULE: ./src/run/bounded.ts + 2 modules
var bounded = __webpack_require__(82754);
;// CONCATENATED MODULE: ./src/rollout/apply-side-plan.ts


async function applySidePlan(plan, aws, record) {
    await sendInOrder(plan.steps, aws, record);
    const headerRules = await (0,header_rule_writer/* ensureHeaderRules */.V)(aws.loadBalancing, plan.headerPlans);
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
            const wrote = await aws.loadBalancing.setForward(step.place, { targetGroups: step.targetGroups, stickiness: step.stickiness });
            if (wrote)
                record(`${step.route}: forward ${step.targetGroups.map((tg) => `${tg.arn.split("/")[1] ?? tg.arn}=${tg.weight}`).join(", ")}`);
            return;
        }
        case "tag": {
            const add = Object.entries(step.add).map(([Key, Value]) => ({ Key, Value }));
            if (add.length > 0)
                await aws.loadBalancing.addTags({ ResourceArns: [step.arn], Tags: add });
            if (step.remove.length > 0)
                await aws.loadBalancing.removeTags([step.arn], step.remove);
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
            await aws.loadBalancing.deleteTargetGroup(step.arn);
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
            const unmet = unmetIntent(plan, now);
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
/** How many writes of one step are in flight at once: ELBv2 allows a few per second sustained, more in bursts. */
const WRITE_CONCURRENCY = 10;


/***/ }),

/***/ 381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j$: () => (/* binding */ Interrupted),
  A3: () => (/* binding */ reasonOf),
  xj: () => (/* binding */ runOperation)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/run/pause.ts
/** Resolves after `ms`, or at once when the signal aborts (never rejects: callers check the signal). */
function pause(ms, signal) {
    return new Promise((resolve) => {
        if (signal.aborted || ms <= 0)
            return resolve();
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal.removeEventListener("abort", done);
            resolve();
        }
        signal.addEventListener("abort", done, { once: true });
    });
}

;// CONCATENATED MODULE: ./src/run/clock.ts

const NEVER = new AbortController().signal;
const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => pause(ms, signal ?? NEVER),
};

;// CONCATENATED MODULE: ./src/run/run-operation.ts
/**
 * The one apply loop: plan → (dry run: stop) → lock → apply → read back → release. It owns what
 * every mutating command shares, so no command has a loop of its own:
 *
 * - `--dry-run` is looked at here and nowhere else: the plan is made, nothing is applied, no lock.
 * - The lock is taken just before the first change, released at the end, also on failure.
 * - A signal (SIGINT, SIGTERM) or the lock taken by another run aborts the run's signal, which every
 *   wait in an operation watches, so the run acts on it within a fraction of a second.
 * - A failure says what it left behind: nothing changed, put back (the operation's `restore`), or
 *   resumable with the changes made listed.
 * - After applying, the world is read back; what is not as planned is a failure, never a success.
 */


async function runOperation(op, options) {
    const plan = await untouched(op, () => op.plan());
    if (options.dryRun)
        return { kind: "dry-run", plan };
    if (op.isEmpty(plan))
        return { kind: "nothing-to-do", plan };
    if (options.signal.aborted)
        throw new errors/* OperationError */.OK(`${op.name} was interrupted (${reasonOf(options.signal)}) before any change`, { kind: "untouched" });
    const held = options.lock ? await untouched(op, () => options.lock.acquire()) : undefined;
    const stop = AbortSignal.any([options.signal, ...(held?.lost ? [held.lost] : [])]);
    const journal = newJournal(options.log);
    const clock = options.clock ?? systemClock;
    const run = {
        signal: stop,
        journal,
        log: options.log,
        now: () => clock.now(),
        sleep: (ms) => clock.sleep(ms, stop),
        sleepThrough: (ms) => clock.sleep(ms),
        stillHeld: () => stillHeld(held),
    };
    try {
        // an operation that returns has finished its work, even when it ended early on a signal (follow)
        const result = await op.apply(plan, run);
        const unmet = op.verify ? await op.verify(plan, result, run) : [];
        if (unmet.length > 0)
            throw new errors/* OperationError */.OK(`${op.name}: read back after the changes, not as planned: ${unmet.join("; ")}`, {
                kind: "resumable",
                detail: `${made(journal)}Run ${op.resume} again to finish.`,
            });
        return { kind: "applied", plan, result, changes: journal.changes };
    }
    catch (error) {
        throw await afterFailure(op, plan, run, held, error);
    }
    finally {
        await held?.release();
    }
}
/** Planning and taking the lock change nothing: an error from outside there leaves everything as it was. */
async function untouched(op, step) {
    try {
        return await step();
    }
    catch (error) {
        if (error instanceof errors/* ExternalError */.yA)
            throw new errors/* OperationError */.OK(`${op.name}: ${error.message}`, { kind: "untouched" }, { cause: error });
        throw error;
    }
}
async function afterFailure(op, plan, run, held, error) {
    // bad input, and a failure the operation already explained (a wait that timed out), keep their words
    if (error instanceof errors/* InputError */.dz || error instanceof errors/* OperationError */.OK)
        return error;
    // another run holds the lock now: whatever is in place is theirs to change, not ours to put back
    if (await lockLost(held))
        return new errors/* OperationError */.OK(`${op.name} stopped: the lock was taken over by another run (a rollback?)`, { kind: "resumable", detail: `${made(run.journal)}Everything was left as it is for the run that holds the lock.` }, { cause: error });
    const interrupted = run.signal.aborted && !(error instanceof errors/* ExternalError */.yA) && !(error instanceof errors/* RefusedError */.fk) && !(error instanceof Interrupted);
    const cause = interrupted ? Interrupted.by(op.name, run.signal) : error;
    if (run.journal.changes.length === 0) {
        if (cause instanceof errors/* ExternalError */.yA || cause instanceof Interrupted)
            return new errors/* OperationError */.OK(cause.message, { kind: "untouched" }, { cause });
        return cause;
    }
    // changes were made: put back when the operation can (traffic), whatever the cause, a bug included
    if (op.restore)
        return op.restore(plan, run, cause);
    const resumable = {
        kind: "resumable",
        detail: `${made(run.journal)}Run ${op.resume} again: it plans from what is there now and finishes the rest.`,
    };
    if (cause instanceof errors/* ExternalError */.yA || cause instanceof Interrupted)
        return new errors/* OperationError */.OK(`${op.name}: ${cause.message}`, resumable, { cause });
    if (cause instanceof errors/* RefusedError */.fk)
        return new errors/* RefusedError */.fk(cause.message, cause.reasons, resumable, cause.partial);
    run.log.warn(made(run.journal));
    return cause;
}
/** A stop request (SIGINT/SIGTERM) seen part-way; an operation may throw one in its own words. */
class Interrupted extends Error {
    constructor(message) {
        super(message);
        this.name = "Interrupted";
    }
    static by(command, signal) {
        return new Interrupted(`${command} was interrupted (${reasonOf(signal)})`);
    }
}
/** The signal's reason in words: `SIGINT received`. */
function reasonOf(signal) {
    const reason = signal.reason;
    return reason instanceof Error ? reason.message : "stop requested";
}
/** Whether another run has taken the lock; a lock that cannot be read now counts as still ours. */
async function lockLost(held) {
    if (!held)
        return false;
    if (held.lost?.aborted)
        return true;
    try {
        await held.check();
        return false;
    }
    catch (error) {
        return error instanceof errors/* RefusedError */.fk;
    }
}
async function stillHeld(held) {
    if (!held)
        return true;
    if (held.lost?.aborted)
        return false;
    try {
        await held.check();
        return true;
    }
    catch (error) {
        if (error instanceof errors/* RefusedError */.fk)
            return false;
        throw error;
    }
}
function made(journal) {
    return journal.changes.length > 0 ? `Made before the failure: ${journal.changes.join("; ")}. ` : "";
}
function newJournal(log) {
    const changes = [];
    return {
        changes,
        record: (line, options) => {
            changes.push(line);
            if (options?.log !== false)
                log.info(line);
        },
    };
}


/***/ }),

/***/ 30693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ planPromote),
/* harmony export */   m: () => (/* binding */ standbyDue)
/* harmony export */ });
/* harmony import */ var _estate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61361);
/* harmony import */ var _header_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54726);
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
    const headerPlans = (0,_header_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .planHeaderRulesForRoutes */ .xt)(config, header, release, { keepRelease: true });
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
