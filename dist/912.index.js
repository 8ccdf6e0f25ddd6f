export const id = 912;
export const ids = [912];
export const modules = {

/***/ 89912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   recordDeployments: () => (/* binding */ recordDeployments)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92413);
/* harmony import */ var _decide_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23765);


/** Each call gives up after this long: a slow API must not hold a release job. */
const CALL_TIMEOUT_MS = 15_000;
async function recordDeployments(host, env, target, intents) {
    if (intents.length === 0)
        return;
    const token = host.input("github-token") ?? env.GITHUB_TOKEN;
    if (token)
        host.maskSecret(token);
    const where = `deployments.environment '${target.config.environment}'`;
    const skipped = `The release itself is not affected; it is not shown on GitHub's Environments page (${where}).`;
    if (!token) {
        host.log.warn(`no GitHub token to record the release with (input 'github-token' or GITHUB_TOKEN). ${skipped}`);
        return;
    }
    const repository = /^([^/\s]+)\/([^/\s]+)$/.exec(env.GITHUB_REPOSITORY ?? "");
    if (!repository?.[1] || !repository[2]) {
        host.log.warn(`GITHUB_REPOSITORY is not set as owner/name, so the release cannot be recorded. ${skipped}`);
        return;
    }
    const repo = { owner: repository[1], repo: repository[2] };
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, { baseUrl: env.GITHUB_API_URL || "https://api.github.com" });
    const request = () => ({ signal: AbortSignal.timeout(CALL_TIMEOUT_MS) });
    const runUrl = env.GITHUB_SERVER_URL && env.GITHUB_RUN_ID
        ? `${env.GITHUB_SERVER_URL}/${repo.owner}/${repo.repo}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined;
    try {
        const existing = await listCutoverDeployments(octokit, repo, target.config.environment, request);
        for (const step of intents) {
            let deployment = existing.find((d) => d.release === step.release);
            if (!deployment) {
                if (!step.create)
                    continue;
                deployment = await createDeployment(octokit, { ...repo, ...target, release: step.release, ref: (0,_decide_js__WEBPACK_IMPORTED_MODULE_1__/* .deploymentRef */ .f8)(step.release, env) }, request);
                existing.unshift(deployment);
            }
            await octokit.rest.repos.createDeploymentStatus({
                ...repo,
                deployment_id: deployment.id,
                state: step.state,
                description: host.redact(step.description),
                ...(step.withUrl && target.config.url ? { environment_url: target.config.url } : {}),
                ...(runUrl ? { log_url: runUrl } : {}),
                request: request(),
            });
            host.log.info(`GitHub deployment ${deployment.id} (${target.config.environment}, ${step.release}): ${step.state}, ${step.description}`);
        }
    }
    catch (error) {
        host.log.warn(`${explain(error)} ${skipped}`);
    }
}
async function listCutoverDeployments(octokit, repo, environment, request) {
    // newest first; a release's deployment is found by the release in its payload (its ref may be a commit)
    const { data } = await octokit.rest.repos.listDeployments({
        ...repo,
        environment,
        task: _decide_js__WEBPACK_IMPORTED_MODULE_1__/* .CUTOVER_TASK */ .tR,
        per_page: 100,
        request: request(),
    });
    return data.map((d) => ({ id: d.id, release: releaseOf(d.payload) }));
}
async function createDeployment(octokit, what, request) {
    const response = await octokit.rest.repos.createDeployment({
        owner: what.owner,
        repo: what.repo,
        ref: what.ref,
        task: _decide_js__WEBPACK_IMPORTED_MODULE_1__/* .CUTOVER_TASK */ .tR,
        environment: what.config.environment,
        description: `cutover release ${what.release}`,
        payload: { release: what.release, project: what.project },
        // the environment's approval already happened; commit checks and merging are not cutover's to run
        auto_merge: false,
        required_contexts: [],
        transient_environment: false,
        request: request(),
    });
    if (response.status !== 201 || !("id" in response.data))
        throw new Error(`creating the deployment answered ${response.status} without a deployment`);
    return { id: response.data.id, release: what.release };
}
function releaseOf(payload) {
    let value = payload;
    if (typeof value === "string") {
        try {
            value = JSON.parse(value);
        }
        catch {
            return undefined;
        }
    }
    if (value && typeof value === "object" && "release" in value && typeof value.release === "string")
        return value.release;
    return undefined;
}
/** One line saying what went wrong and what to do; never the request's headers. */
function explain(error) {
    const status = typeof error === "object" && error !== null && "status" in error ? Number(error.status) : undefined;
    const message = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
    if (status === 403)
        return `could not record the release on GitHub (403 ${message}): the job's token needs 'permissions: deployments: write'.`;
    if (status === 401)
        return `could not record the release on GitHub (401 ${message}): the token given as 'github-token' was refused.`;
    if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError"))
        return `could not record the release on GitHub: no answer within ${CALL_TIMEOUT_MS / 1000}s.`;
    return `could not record the release on GitHub (${status ?? "no answer"}: ${message}).`;
}


/***/ })

};
