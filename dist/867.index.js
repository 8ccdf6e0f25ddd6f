export const id = 867;
export const ids = [867];
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
    if (settings.phase !== undefined)
        args.push("--phase", settings.phase);
    if (settings.release !== undefined)
        args.push("--release", settings.release);
    for (const service of settings.services)
        args.push("--service", service);
    return (0,shell_quote__WEBPACK_IMPORTED_MODULE_0__.quote)(args);
}


/***/ }),

/***/ 77053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EM: () => (/* binding */ holderFields),
/* harmony export */   Jz: () => (/* binding */ holderFrom),
/* harmony export */   Qm: () => (/* binding */ runUrlOf),
/* harmony export */   lb: () => (/* binding */ newHolder),
/* harmony export */   sG: () => (/* binding */ describeHolder)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);


/** A run's page, so the person refused can go and see whether it is still going. */
function runUrlOf(env) {
    if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID)
        return `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
    return env.BUILD_URL || undefined;
}
function newHolder(fields) {
    const { env } = fields;
    return {
        // short enough to type into --break-lock, random enough that two runs never share one
        id: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString("hex"),
        project: fields.project,
        release: fields.release,
        command: fields.command,
        host: env.RUNNER_NAME || env.NODE_NAME || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)(),
        runUrl: runUrlOf(env),
        since: fields.now().toISOString(),
    };
}
/** `release v2.4.0 (deploy-green) on runner-3 since 2026-05-01T10:00:00.000Z, run https://...` */
function describeHolder(holder) {
    const run = holder.runUrl ? `, run ${holder.runUrl}` : "";
    return `release ${holder.release} (${holder.command}) on ${holder.host} since ${holder.since}${run} [lock id ${holder.id}]`;
}
/** The holder as flat string fields: DynamoDB attributes and ELBv2 tags both hold them. */
function holderFields(holder) {
    const { runUrl, ...rest } = holder;
    return runUrl === undefined ? rest : { ...rest, runUrl };
}
/** Back from flat fields; undefined when the id is missing (not a lock cutover wrote). */
function holderFrom(fields) {
    if (!fields.id)
        return undefined;
    return {
        id: fields.id,
        project: fields.project ?? "?",
        release: fields.release ?? "?",
        command: fields.command ?? "?",
        host: fields.host ?? "?",
        runUrl: fields.runUrl || undefined,
        since: fields.since ?? "?",
    };
}


/***/ }),

/***/ 59193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RV: () => (/* binding */ acquireReleaseLock),
  b4: () => (/* binding */ acquireWith)
});

// UNUSED EXPORTS: LockLostError, lockStoreFor

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/lock/holder.ts
var lock_holder = __webpack_require__(77053);
;// CONCATENATED MODULE: ./src/lock/lock-stores.ts


function lockKey(project) {
    return `cutover:${project}`;
}
// ---------------------------------------------------------------- DynamoDB: atomic
function dynamoDbLockStore(table, project) {
    const lockId = lockKey(project);
    const read = async () => {
        const item = await table.get(lockId);
        return item && (0,lock_holder/* holderFrom */.Jz)({ ...item, id: item.holderId });
    };
    return {
        where: `DynamoDB table ${table.table}, key ${lockId}`,
        read: async () => [await read()],
        async swap(expected, holder) {
            const { id, ...fields } = (0,lock_holder/* holderFields */.EM)(holder);
            if (await table.putIf({ ...fields, lockId, holderId: id }, expected))
                return { ok: true };
            return { ok: false, holder: await read() };
        },
        remove: (id) => table.deleteIf(lockId, id),
    };
}
// ---------------------------------------------------------------- tags: best effort
/** The holder's fields as tags on each load balancer; `cutover:lock` itself is the holder's id. */
const TAG_PREFIX = "cutover:lock";
const FIELDS = ["project", "release", "command", "host", "runUrl", "since"];
const tagKey = (field) => (field === "id" ? TAG_PREFIX : `${TAG_PREFIX}:${field}`);
const TAG_KEYS = ["id", ...FIELDS].map(tagKey);
/** ELBv2 tag values hold at most 256 characters. */
const MAX_TAG_VALUE = 256;
/**
 * Tags on every load balancer the config names. NOT atomic: there is no conditional write on tags,
 * so two runs that read "free" at the same moment both write. Each re-reads after a pause and backs
 * off if any load balancer shows another holder, and `check()` re-reads before every change, which
 * narrows the window without closing it. The DynamoDB lock closes it.
 */
function tagsLockStore(elb, arns, settleMs = 1000) {
    const read = async () => {
        const tags = await elb.read.tags(arns);
        return arns.map((arn) => {
            const on = tags.get(arn) ?? {};
            return (0,lock_holder/* holderFrom */.Jz)(Object.fromEntries(["id", ...FIELDS].map((field) => [field, on[tagKey(field)]])));
        });
    };
    const removeWhere = async (id, holders) => {
        const ours = arns.filter((_, i) => holders[i]?.id === id);
        if (ours.length > 0)
            await elb.write.removeTags(ours, TAG_KEYS);
        return ours.length > 0;
    };
    return {
        where: `tags ${TAG_PREFIX}* on ${arns.length} load balancer(s)`,
        read,
        async swap(expected, holder) {
            const before = await read();
            const other = before.find((h) => h !== undefined && h.id !== expected && h.id !== holder.id);
            if (other)
                return { ok: false, holder: other };
            const fields = (0,lock_holder/* holderFields */.EM)(holder);
            await elb.write.addTags({
                ResourceArns: [...arns],
                Tags: Object.entries(fields).map(([field, value]) => ({ Key: tagKey(field), Value: value.slice(0, MAX_TAG_VALUE) })),
            });
            // a run that read "free" at the same time as this one has written by now, most likely
            if (settleMs > 0)
                await new Promise((resolve) => setTimeout(resolve, settleMs));
            const after = await read();
            if (after.every((h) => h?.id === holder.id))
                return { ok: true };
            await removeWhere(holder.id, after);
            return { ok: false, holder: after.find((h) => h !== undefined && h.id !== holder.id) };
        },
        async remove(id) {
            return removeWhere(id, await read());
        },
    };
}
/**
 * The load balancers to tag: by name, or from a listener ARN, whose load balancer ARN is its prefix
 * (`...:listener/app/<name>/<lb-id>/<listener-id>` → `...:loadbalancer/app/<name>/<lb-id>`).
 */
async function lockedLoadBalancers(config, elb) {
    const names = [];
    const arns = new Set();
    for (const lb of config.loadBalancers) {
        if ("loadBalancer" in lb.listener)
            names.push(lb.listener.loadBalancer);
        else
            arns.add(lb.listener.arn.replace(/:listener\/(app\/[^/]+\/[^/]+)\/[^/]+$/, ":loadbalancer/$1"));
    }
    if (config.loadBalancers.length === 0)
        throw new errors/* RefusedError */.fk("the release lock (lock.type: tags) needs a load balancer in the config to record it on", [
            "lock: configure { type: dynamodb, table: <table> }, or name the load balancers under loadBalancers",
        ]);
    const found = names.length > 0 ? await elb.loadBalancersByName(names) : new Map();
    for (const lb of found.values())
        arns.add(lb.arn);
    // a missing one is left to the estate reader, which names every missing resource at once
    if (arns.size === 0)
        throw new errors/* RefusedError */.fk(`none of the load balancers exist (${names.join(", ")}): the release lock cannot be recorded`, [
            ...names.map((name) => `loadBalancers: '${name}' does not exist in this account and region`),
        ]);
    return [...arns].sort();
}

;// CONCATENATED MODULE: ./src/lock/release-lock.ts



/** Another run (a rollback, or a --break-lock) holds the lock now: stop without changing anything more. */
class LockLostError extends errors/* RefusedError */.fk {
    by;
    constructor(message, by) {
        super(message, [message, "this run stopped at once and changed nothing more; the run named above is in charge now"]);
        this.by = by;
        this.name = "LockLostError";
    }
}
async function acquireReleaseLock(options) {
    return acquireWith(await lockStoreFor(options.config, options.aws), options);
}
async function lockStoreFor(config, aws) {
    if (config.lock.type === "dynamodb")
        return dynamoDbLockStore(aws.lockTable(config.lock.table), config.project);
    return tagsLockStore(aws.elb, await lockedLoadBalancers(config, aws.elb.read));
}
/** Take-overs racing each other (two rollbacks) retry this often before giving up. */
const TAKE_OVER_ATTEMPTS = 5;
/** The lock logic, on any store: the unit tests give it a fake one. */
async function acquireWith(store, options) {
    const { config, command, log } = options;
    const holder = (0,lock_holder/* newHolder */.lb)({ project: config.project, release: options.release, command, env: options.env, now: options.now });
    const firstOther = (holders) => holders.find((h) => h !== undefined && h.id !== holder.id);
    const refuse = (found) => found === undefined
        ? new errors/* RefusedError */.fk(`the release lock for ${config.project} changed hands while this run took it; try again`, [
            `the lock is kept in ${store.where}`,
        ])
        : new errors/* RefusedError */.fk(`the release lock for ${config.project} is held by ${(0,lock_holder/* describeHolder */.sG)(found)}`, [
            `held by ${(0,lock_holder/* describeHolder */.sG)(found)}`,
            `the lock is kept in ${store.where}`,
            `if that run is over and the lock is stale: cutover ${command} --break-lock ${found.id}`,
        ]);
    if (options.takeOver) {
        for (let attempt = 1; attempt <= TAKE_OVER_ATTEMPTS; attempt++) {
            const previous = firstOther(await store.read());
            if ((await store.swap(previous?.id, holder)).ok) {
                if (previous)
                    log.warn(`took the release lock over from ${(0,lock_holder/* describeHolder */.sG)(previous)}; that run stops at its next check`);
                else
                    log.info(`took the release lock (${store.where}) as ${holder.id}`);
                return held(store, holder, log);
            }
        }
        throw refuse(firstOther(await store.read()));
    }
    if (options.breakLock !== undefined) {
        const current = firstOther(await store.read());
        if (current !== undefined && current.id !== options.breakLock)
            throw new errors/* RefusedError */.fk(`--break-lock ${options.breakLock}: the release lock for ${config.project} is held under another id`, [
                `held by ${(0,lock_holder/* describeHolder */.sG)(current)}`,
                `nothing was broken; to break this lock: cutover ${command} --break-lock ${current.id}`,
            ]);
        const result = await store.swap(current?.id, holder);
        if (!result.ok)
            throw refuse(result.holder);
        if (current)
            log.warn(`broke the stale release lock of ${(0,lock_holder/* describeHolder */.sG)(current)}`);
        else
            log.info(`--break-lock ${options.breakLock}: no lock was held; took it as ${holder.id}`);
        return held(store, holder, log);
    }
    const result = await store.swap(undefined, holder);
    if (!result.ok)
        throw refuse(result.holder);
    log.info(`took the release lock (${store.where}) as ${holder.id}`);
    return held(store, holder, log);
}
function held(store, holder, log) {
    let released = false;
    return {
        holder,
        async check() {
            const holders = await store.read();
            if (holders.every((h) => h?.id === holder.id))
                return;
            const by = holders.find((h) => h !== undefined && h.id !== holder.id);
            throw new LockLostError(by
                ? `the release lock was taken over by ${(0,lock_holder/* describeHolder */.sG)(by)}`
                : `the release lock is no longer recorded in ${store.where} (broken or removed by hand)`, by);
        },
        async release() {
            if (released)
                return;
            released = true;
            try {
                if (!(await store.remove(holder.id)))
                    log.warn(`the release lock was no longer held by this run (${holder.id}); left as it is`);
            }
            catch (error) {
                const detail = error instanceof Error ? error.message : String(error);
                log.warn(`could not release the release lock ${holder.id}: ${detail}; the next run can break it with --break-lock ${holder.id}`);
            }
        },
    };
}


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
            throw new errors/* OperationError */.OK(error.message, { kind: "untouched" }, { cause: error });
        throw error;
    }
}
async function afterFailure(op, plan, run, held, error) {
    // an "untouched" from a read after changes were made (the read-back) is not untouched any more
    if (error instanceof errors/* OperationError */.OK && error.aftermath.kind === "untouched" && run.journal.changes.length > 0)
        return new errors/* OperationError */.OK(error.message, { kind: "resumable", detail: `${made(run.journal)}Run ${op.resume} again: it plans from what is there now and finishes the rest.` }, { cause: error });
    // bad input, and a failure the operation already explained (a wait that timed out), keep their words
    if (error instanceof errors/* InputError */.dz || error instanceof errors/* OperationError */.OK)
        return error;
    // another run holds the lock now: whatever is in place is theirs to change, not ours to put back
    if (await lockLost(held))
        return new errors/* OperationError */.OK(`${op.name} stopped: the lock was taken over by another run (a rollback?)`, run.journal.changes.length === 0
            ? { kind: "untouched" }
            : { kind: "resumable", detail: `${made(run.journal)}Everything was left as it is for the run that holds the lock.` }, { cause: error });
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


/***/ })

};
