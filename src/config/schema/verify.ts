import { z } from "zod";
import { count, duration, httpUrl, list, serviceName } from "./scalars.js";

/** The `verify` section: the HTTP checks run against green through each load balancer. */

const httpStatus = count(100, 599);
const headerName = z.string().regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}$/, "must be an HTTP header name");

const verifyCheckSchema = z
  .strictObject({
    name: z.string().min(1).max(100),
    path: z.string().startsWith("/", "must start with '/'").max(2048),
    /** Only the load balancers that route this service; without service or loadBalancer: all. */
    service: serviceName.optional(),
    loadBalancer: z.string().min(1).max(255).optional(),
    method: z.enum(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]).default("GET"),
    headers: z.record(headerName, z.string().max(1024)).default({}),
    body: z
      .string()
      .max(64 * 1024)
      .optional(),
    /** Where to send it instead of the load balancer: an internal ALB through a proxy, a test server. */
    baseUrl: httpUrl.optional(),
    expect: z
      .strictObject({
        status: z.union([httpStatus, list(httpStatus, 20, "statuses").min(1)]).default(200),
        bodyContains: z.string().min(1).max(1024).optional(),
        json: z
          .strictObject({
            path: z
              .string()
              .regex(/^[A-Za-z0-9_$-]+(?:\.[A-Za-z0-9_$-]+|\[\d+\])*$/, "must be a field path such as status or checks[0].state"),
            // a JSON value compared as it is: text from the environment stays text, since "10" and 10 are different answers
            // eslint-disable-next-line no-restricted-syntax
            equals: z.union([z.string().max(1024), z.number(), z.boolean(), z.null()]),
          })
          .optional(),
      })
      .default({ status: 200 }),
    timeout: duration(60_000).optional(),
    retries: count(0, 20).optional(),
  })
  .refine((check) => check.service === undefined || check.loadBalancer === undefined, "give service or loadBalancer, not both");

export const verifySchema = z.strictObject({
  /** Default base URL of every check; without one, http(s)://<the ALB's DNS name>:<listener port>. */
  baseUrl: httpUrl.optional(),
  timeout: duration(60_000).default(5000),
  retries: count(0, 20).default(2),
  checks: list(verifyCheckSchema, 100, "checks").min(1, "must list at least one check"),
});
