/** ALB limits on one rule (Quotas for your Application Load Balancers; rule condition types). */
export const ALB_RULE_LIMITS = {
  /** Match evaluations per condition: at most three strings in one http-header condition. */
  valuesPerCondition: 3,
  /** Condition values (match evaluations) across every condition of a rule. */
  valuesPerRule: 5,
  /** `*` and `?` across the values of a rule. */
  wildcardsPerRule: 5,
  /** Rules per load balancer, the default rules apart; one listener's count is all the plan sees. */
  rulesPerListener: 100,
  maxPriority: 50_000,
} as const;
