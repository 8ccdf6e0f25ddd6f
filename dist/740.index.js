export const id = 740;
export const ids = [740];
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

/***/ 68740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/shell-quote/index.js
var shell_quote = __webpack_require__(26591);
// EXTERNAL MODULE: ./src/config/load.ts + 26 modules
var load = __webpack_require__(62701);
// EXTERNAL MODULE: ./src/config/duration.ts
var duration = __webpack_require__(97840);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/db/dialect-choice.ts
var dialect_choice = __webpack_require__(66994);
// EXTERNAL MODULE: ./src/db/findings-report.ts
var findings_report = __webpack_require__(42093);
// EXTERNAL MODULE: ./src/db/lint-run.ts + 17 modules
var lint_run = __webpack_require__(73713);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/execa/index.js + 131 modules
var execa = __webpack_require__(16993);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/db/migrations/prisma-output.ts
/**
 * Reads what `prisma migrate deploy` printed. Pure. Knows both shapes: the binary engine's
 * (`Error: P3018` … `Migration name: x`) and the driver-adapter / wasm engine's, which prints the
 * same situations with fewer codes (`external connector error` and a trace naming the migration).
 */

// The wasm engine prints these user-facing errors without their code; the texts are Prisma's own.
const UNCODED = [
    [/Authentication failed against database server/, "P1000"],
    [/Can't reach database server at/, "P1001"],
    [/Timed out trying to acquire a postgres advisory lock/, "P1002"],
    [/Database `[^`]*` does not exist/, "P1003"],
];
function readDeployOutput(output) {
    const text = (0,external_node_util_.stripVTControlCharacters)(output);
    const failedMigration = /^Migration name: (\S+)/m.exec(text)?.[1] ??
        /with migration_name="([^"]+)"/.exec(text)?.[1] ??
        /The `([^`]+)` migration started at .* failed/.exec(text)?.[1];
    let errorCode = /^Error: (P\d{4})\b/m.exec(text)?.[1] ?? /Error code: (P\d{4})\b/.exec(text)?.[1];
    if (errorCode === undefined)
        errorCode = UNCODED.find(([pattern]) => pattern.test(text))?.[1];
    // A script that failed under the wasm engine is what the binary engine reports as P3018.
    if (errorCode === undefined && /^Error: external connector error/m.test(text) && failedMigration !== undefined)
        errorCode = "P3018";
    return { errorCode, failedMigration, appliedNow: appliedNames(text) };
}
/** The folder names under "The following migration(s) have been applied:". */
function appliedNames(text) {
    const start = text.search(/The following migrations?(?:\(s\))? ha(?:ve|s) been applied/);
    if (start === -1)
        return [];
    const names = [];
    for (const line of text.slice(start).split(/\r?\n/).slice(1)) {
        const entry = /^\s+\S+\s+(.+)\/\s*$/.exec(line);
        if (entry?.[1])
            names.push(entry[1]);
        else if (/^\S/.test(line) && !/^migrations\/\s*$/.test(line))
            break; // the tree has ended
    }
    return names;
}

// EXTERNAL MODULE: ./src/db/migrations/pg-connect.ts
var pg_connect = __webpack_require__(37602);
// EXTERNAL MODULE: ./src/db/migrations/pg-connection.ts
var pg_connection = __webpack_require__(21862);
;// CONCATENATED MODULE: ./src/db/migrations/session-cleanup.ts


/** `url` with `application_name=<tag>` (replacing any other), for PostgreSQL URLs; others unchanged. */
function withApplicationName(url, tag) {
    if (!/^postgres(?:ql)?:/i.test(url))
        return url;
    const hashAt = url.indexOf("#");
    const head = hashAt === -1 ? url : url.slice(0, hashAt);
    const hash = hashAt === -1 ? "" : url.slice(hashAt);
    const queryAt = head.indexOf("?");
    const base = queryAt === -1 ? head : head.slice(0, queryAt);
    const pairs = queryAt === -1
        ? []
        : head
            .slice(queryAt + 1)
            .split("&")
            .filter((pair) => pair !== "");
    const kept = pairs.filter((pair) => pair.split("=")[0] !== "application_name");
    return `${base}?${[...kept, `application_name=${encodeURIComponent(tag)}`].join("&")}${hash}`;
}
/** Terminates the sessions tagged `tag`; how many it ended, or why it could not. */
async function terminateTaggedSessions(url, tag, connectTimeoutMs = 5000) {
    let client;
    try {
        const target = (0,pg_connection/* pgTarget */.j)(url, connectTimeoutMs);
        // Without the URL's session options: a short statement_timeout must not stop the clean-up.
        delete target.config.options;
        client = await (0,pg_connect/* connectTarget */.u)(target);
        const result = await client.query("SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()", [tag]);
        return result.rows.filter((row) => row.ended).length;
    }
    catch (error) {
        return error instanceof Error ? error : new Error(String(error));
    }
    finally {
        await client?.end().catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./src/db/migrations/prisma-deploy.ts
/**
 * Runs the project's own `prisma migrate deploy` (its pinned version, binary or wasm engine) and
 * reports what happened. The child gets the database URL in its environment only, never on its
 * command line; its output is handed to the caller line by line, unlogged, so the caller's host
 * can redact secrets before printing.
 */





async function runMigrateDeploy(options) {
    const args = ["migrate", "deploy", "--schema", options.schemaPath, ...(options.configPath ? ["--config", options.configPath] : [])];
    return runPrisma(options, args);
}
/** Runs `<command…> <args…>` under the deploy rules (env, streaming, timeout, abort). Shared with `migrate resolve`. */
async function runPrisma(options, args) {
    const [file, ...prefix] = options.command;
    if (file === undefined || file === "")
        throw new errors/* InputError */.dz("The Prisma command is empty: give it as a list, e.g. [npx, prisma].");
    const env = {};
    for (const [key, value] of Object.entries(options.env))
        if (value !== undefined)
            env[key] = value;
    // Tagged, so that a timeout or abort can end Prisma's sessions on the server too (session-cleanup.ts).
    const tag = `cutover-migrate-${(0,external_node_crypto_.randomBytes)(6).toString("hex")}`;
    env.DATABASE_URL = withApplicationName(options.databaseUrl, tag);
    env.PRISMA_HIDE_UPDATE_MESSAGE = "1"; // the update box is noise in CI logs
    const started = performance.now();
    const child = (0,execa/* execa */.Ho)(file, [...prefix, ...args], {
        cwd: options.cwd,
        env,
        extendEnv: false,
        stdin: "ignore",
        all: true,
        buffer: false,
        reject: false,
        // Own process group, so that timeout and abort also end what the CLI started (npx → node →
        // schema-engine): killing only the direct child would leave the engine running DDL.
        detached: process.platform !== "win32",
    });
    const lines = [];
    let timedOut = false;
    let aborted = false;
    const stop = (reason) => {
        if (timedOut || aborted)
            return;
        if (reason === "timeout")
            timedOut = true;
        else
            aborted = true;
        killTree(child.pid, "SIGTERM");
        const force = setTimeout(() => killTree(child.pid, "SIGKILL"), options.killGraceMs ?? 5_000);
        force.unref();
        void child.finally(() => clearTimeout(force)).catch(() => undefined);
    };
    const timer = setTimeout(() => stop("timeout"), options.timeoutMs);
    const onAbort = () => stop("abort");
    if (options.signal.aborted)
        onAbort();
    else
        options.signal.addEventListener("abort", onAbort, { once: true });
    try {
        const reading = (async () => {
            for await (const line of child.iterable({ from: "all" })) {
                lines.push(line);
                options.onLine?.(line);
            }
        })().catch(() => undefined); // the result below carries the failure
        const result = await child;
        await reading;
        if (result.failed && result.code === "ENOENT") {
            throw new errors/* InputError */.dz(`Cannot run the Prisma command '${file}': no such executable (looked up in PATH from ${options.cwd}).`);
        }
        const output = lines.join("\n");
        const exitCode = result.exitCode ?? null;
        const stopped = timedOut || aborted;
        const terminatedSessions = stopped && env.DATABASE_URL !== options.databaseUrl ? await terminateTaggedSessions(options.databaseUrl, tag) : undefined;
        return {
            ok: exitCode === 0 && !timedOut && !aborted,
            exitCode,
            output,
            ...readDeployOutput(output),
            durationMs: Math.round(performance.now() - started),
            timedOut,
            aborted,
            ...(terminatedSessions === undefined ? {} : { terminatedSessions }),
        };
    }
    finally {
        clearTimeout(timer);
        options.signal.removeEventListener("abort", onAbort);
    }
}
function killTree(pid, signal) {
    if (pid === undefined)
        return;
    try {
        process.kill(process.platform === "win32" ? pid : -pid, signal);
    }
    catch {
        // already gone
    }
}

;// CONCATENATED MODULE: ./src/db/migrations/session-timeouts.ts
/**
 * Session timeouts carried in the connection URL, so that they reach whatever opens the connection
 * (Prisma's Rust engine via quaint, or node-postgres under a driver adapter): both pass the
 * libpq `options` parameter to the server as startup options.
 */

/**
 * `url` with `-c lock_timeout=<ms> -c statement_timeout=<ms>` appended to its `options` query
 * parameter (a 0 leaves that setting alone). Existing options are kept; PostgreSQL applies `-c`
 * flags in order, so these win over earlier ones for the same setting. Other parameters, the
 * credentials and the path are left byte for byte as they were.
 */
function withSessionTimeouts(url, t) {
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
    if (scheme !== "postgresql" && scheme !== "postgres") {
        // Never echo the URL: it carries the password.
        throw new errors/* InputError */.dz(`Session timeouts need a PostgreSQL URL (postgresql://…), not a ${scheme ?? "schemeless"} URL.`);
    }
    const flags = [flag("lock_timeout", t.lockTimeoutMs), flag("statement_timeout", t.statementTimeoutMs)].filter((f) => f !== "");
    if (flags.length === 0)
        return url;
    const hashAt = url.indexOf("#");
    const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
    const hash = hashAt === -1 ? "" : url.slice(hashAt);
    const queryAt = beforeHash.indexOf("?");
    const base = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
    const pairs = queryAt === -1 || queryAt === beforeHash.length - 1 ? [] : beforeHash.slice(queryAt + 1).split("&");
    const existing = pairs.filter((pair) => keyOf(pair) === "options").map(session_timeouts_valueOf);
    const others = pairs.filter((pair) => keyOf(pair) !== "options");
    const options = [...existing.filter((value) => value.trim() !== ""), ...flags].join(" ");
    return `${base}?${[...others, `options=${encodeURIComponent(options)}`].join("&")}${hash}`;
}
function flag(setting, ms) {
    if (!Number.isInteger(ms) || ms < 0)
        throw new errors/* InputError */.dz(`${setting} must be a whole number of milliseconds ≥ 0, got ${ms}.`);
    return ms === 0 ? "" : `-c ${setting}=${ms}`;
}
function keyOf(pair) {
    const eq = pair.indexOf("=");
    return decodeFormValue(eq === -1 ? pair : pair.slice(0, eq));
}
function session_timeouts_valueOf(pair) {
    const eq = pair.indexOf("=");
    return eq === -1 ? "" : decodeFormValue(pair.slice(eq + 1));
}
/** Query values are form-encoded for both quaint and node-postgres: `+` is a space. */
function decodeFormValue(value) {
    const spaced = value.replaceAll("+", " ");
    try {
        return decodeURIComponent(spaced);
    }
    catch {
        return spaced;
    }
}

// EXTERNAL MODULE: ./src/db/migration-sources.ts
var migration_sources = __webpack_require__(95885);
// EXTERNAL MODULE: ./src/db/observe-migrations.ts + 2 modules
var observe_migrations = __webpack_require__(31875);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(88850);
// EXTERNAL MODULE: ./src/cli/command-table.ts
var command_table = __webpack_require__(17266);
;// CONCATENATED MODULE: ./src/cli/commands/migrate-db/index.ts













/**
 * `cutover migrate-db`: the gate (migration state read from the database), then the safety lint
 * of the pending migrations, then `prisma migrate deploy` with the user's own Prisma CLI. What was
 * applied is read back from `_prisma_migrations`, not parsed from Prisma's output.
 */
async function run({ settings, host, env, signal }) {
    const loaded = await (0,load/* loadConfig */.Z)(settings.configPath, env, { sections: (0,command_table/* configSectionsOf */.i3)(settings.command) });
    for (const secret of loaded.secrets)
        host.maskSecret(secret);
    const database = loaded.config.database;
    if (!database?.url)
        throw new errors/* InputError */.dz(`${settings.configPath}: database.url is required for migrate-db`);
    if ((0,dialect_choice/* dialectOfUrl */.h)(database.url) !== "postgresql") {
        throw new errors/* InputError */.dz("database.url: migrate-db applies migrations to PostgreSQL in this version of cutover; lint-migrations checks MySQL migrations (run it in the pipeline, then apply with your own prisma migrate deploy)");
    }
    const url = database.url;
    const project = (0,observe_migrations/* prismaProjectOf */.d)(database, loaded.path);
    const timings = {};
    // 1. the gate: the state as the database records it
    const before = await (0,observe_migrations/* observeMigrations */.o)(project, { ...database, url });
    timings.gateMs = before.readMs;
    const { gate } = before;
    const report = new report_report/* Report */.pl()
        .heading("migration state")
        .table(["applied", "pending", "blocked"], [[String(gate.applied.length), gate.pending.map((m) => m.name).join(", ") || "none", String(gate.blockers.length)]]);
    if (gate.blockers.length > 0) {
        const reasons = gate.blockers.flatMap(blockerLines);
        throw new errors/* RefusedError */.fk(`the migration history needs a person first (${gate.blockers.length} problem(s))`, reasons, undefined, {
            report: report.list(reasons),
            data: { applied: gate.applied, pending: gate.pending.map((m) => m.name), blockers: gate.blockers.map(blockerData) },
        });
    }
    // 2. the lint of what would be applied
    const lintStarted = Date.now();
    const blue = await (0,lint_run/* loadBlueSchema */.o)({
        file: settings.blueSchema,
        ref: settings.blueRef,
        defaultSchema: project.schemaPath,
        cwd: process.cwd(),
    });
    const lint = database.safety.mode === "off" || gate.pending.length === 0
        ? undefined
        : await (0,lint_run/* lintWithBlue */.i)(gate.pending.map((m) => ({ migration: m.name, file: (0,migration_sources/* shownPath */.pS)(m.sqlPath, process.cwd()), sql: m.sql })), { dialect: "postgresql", allow: database.safety.allow, blue: blue?.schema });
    timings.lintMs = Date.now() - lintStarted;
    if (lint)
        report.concat((0,findings_report/* findingsReport */.nz)(lint, database.safety.mode));
    const verdict = lint ? (0,findings_report/* verdictOf */.Vj)(lint, database.safety.mode) : undefined;
    const pendingNames = gate.pending.map((m) => m.name);
    const baseData = {
        applied: gate.applied,
        pending: pendingNames,
        findings: lint?.findings ?? [],
        suppressed: lint?.suppressed ?? [],
        safetyMode: database.safety.mode,
        blueSchema: blue?.origin ?? null,
    };
    if (verdict?.refuse && lint) {
        throw new errors/* RefusedError */.fk(`${verdict.errors} unsafe change(s) in the pending migrations; nothing was applied`, lint.findings.filter((f) => f.severity === "error").map(findings_report/* findingHeadline */.oW), undefined, { report, data: { ...baseData, timings } });
    }
    if (gate.pending.length === 0) {
        return {
            headline: `migrate-db: the database is up to date (${gate.applied.length} migration(s) applied); nothing to apply`,
            report,
            outputs: { applied: "", pending: "0" },
            data: { ...baseData, appliedNow: [], timings },
        };
    }
    if (settings.dryRun) {
        report.heading("would apply, in order").list(pendingNames);
        return {
            headline: `migrate-db (dry run): ${gate.pending.length} migration(s) would be applied: ${pendingNames.join(", ")}`,
            report,
            outputs: { applied: "", pending: String(gate.pending.length) },
            data: { ...baseData, appliedNow: [], timings },
        };
    }
    // 3. apply with the user's Prisma CLI, then read back what happened
    const sessionUrl = withSessionTimeouts(url, { lockTimeoutMs: database.lockTimeout, statementTimeoutMs: database.statementTimeout });
    host.maskSecret(sessionUrl);
    const deploy = await host.log.group(`prisma migrate deploy (${gate.pending.length} pending)`, () => runMigrateDeploy({
        command: database.prisma.command,
        cwd: project.configDir,
        schemaPath: project.schemaPath,
        ...(project.prismaConfigPath === undefined ? {} : { configPath: project.prismaConfigPath }),
        databaseUrl: sessionUrl,
        timeoutMs: database.timeout,
        signal,
        env,
        onLine: (line) => host.log.info(line),
    }));
    timings.deployMs = deploy.durationMs;
    const after = await (0,observe_migrations/* observeMigrations */.o)(project, { ...database, url });
    const appliedNow = after.gate.applied.filter((name) => !gate.applied.includes(name));
    const rows = after.history.table === "present" ? after.history.rows : [];
    const appliedRows = appliedNow.map((name) => rowTiming(name, rows));
    report
        .heading("applied now")
        .table(["migration", "took"], appliedRows.length > 0 ? appliedRows.map((r) => [r.name, r.ms === undefined ? "-" : formatMs(r.ms)]) : [["none", "-"]]);
    const data = {
        ...baseData,
        appliedNow: appliedRows,
        stillPending: after.gate.pending.map((m) => m.name),
        timings,
        prismaExitCode: deploy.exitCode,
    };
    if (!deploy.ok) {
        const failed = after.gate.blockers.find((b) => b.kind === "failed");
        const lockWait = /lock timeout|55P03/i.test(deploy.output);
        const why = deploy.aborted
            ? "it was interrupted"
            : deploy.timedOut
                ? `it ran longer than database.timeout (${(0,duration/* formatDuration */.a)(database.timeout)})`
                : lockWait
                    ? `a statement waited longer than database.lockTimeout (${(0,duration/* formatDuration */.a)(database.lockTimeout)}) for a lock another session holds (find it in pg_stat_activity and pg_locks)`
                    : `Prisma exited ${deploy.exitCode ?? "without a code"}${deploy.errorCode ? ` (${deploy.errorCode})` : ""}`;
        const next = failed
            ? `'${failed.name}' is recorded as failed; the next run stops there and shows how to resolve it (${(0,shell_quote.quote)(failed.resolveRolledBack)} once its changes are confirmed undone)`
            : `the next run applies what is still pending (${data.stillPending.join(", ") || "nothing"})`;
        throw new errors/* OperationError */.OK(`prisma migrate deploy failed: ${why}; applied before the failure: ${appliedNow.join(", ") || "none"}`, { kind: "resumable", detail: next }, { partial: { report, data } });
    }
    return {
        headline: `migrate-db: applied ${appliedNow.length} migration(s): ${appliedNow.join(", ")}`,
        report,
        outputs: { applied: appliedNow.join(","), pending: String(after.gate.pending.length) },
        data,
    };
}
function blockerLines(blocker) {
    switch (blocker.kind) {
        case "failed":
            return [
                `migration '${blocker.name}' failed in an earlier run (started ${blocker.startedAt.toISOString()}; Prisma P3009)`,
                `check first: ${blocker.check}`,
                `if its changes are not in the database: ${(0,shell_quote.quote)(blocker.resolveRolledBack)}`,
                `if you completed them by hand: ${(0,shell_quote.quote)(blocker.resolveApplied)}`,
            ];
        case "missing-locally":
            return [
                `migration '${blocker.name}' is applied to the database but has no folder here: this checkout is older than the database, or the folder was deleted or renamed`,
            ];
        case "edited":
            return [
                `migration '${blocker.name}' was edited after it was applied (checksum ${blocker.applied.slice(0, 12)} in the database, ${blocker.local.slice(0, 12)} here): restore the applied file; put the change in a new migration`,
            ];
    }
}
function blockerData(blocker) {
    if (blocker.kind !== "failed")
        return { ...blocker };
    return {
        kind: blocker.kind,
        name: blocker.name,
        startedAt: blocker.startedAt.toISOString(),
        check: blocker.check,
        resolveRolledBack: (0,shell_quote.quote)(blocker.resolveRolledBack),
        resolveApplied: (0,shell_quote.quote)(blocker.resolveApplied),
    };
}
function rowTiming(name, rows) {
    const row = [...rows].reverse().find((r) => r.name === name && r.finishedAt !== null);
    return { name, ms: row?.finishedAt ? row.finishedAt.getTime() - row.startedAt.getTime() : undefined };
}
function formatMs(ms) {
    return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}


/***/ })

};
