/**
 * The IAM actions behind every AWS adapter method, and the adapter methods behind every command.
 * The policy `cutover iam-policy` prints is computed from these two tables and nothing else; tests
 * hold them to the code: every adapter method has a row (test/unit/iam-policy.test.ts creates
 * each adapter and compares its methods), every action an adapter file passes to callAws appears in
 * its rows, and every request a command sends to moto (recorded on the wire, tag-on-create and
 * PassRole included) is allowed by that command's policy in an IAM simulator, while every statement
 * of it allows some request or is noted as checked by AWS without a call
 * (test/integration/iam-policy.test.ts).
 */

/** What an action may be scoped to; iam-policy.ts turns each into ARNs (and conditions) from the config. */
export type Scope =
  /** Describe*, DescribeTaskDefinition: AWS authorizes them on "*" only. */
  | "any"
  | "elb-listeners"
  | "elb-rules"
  /** Target groups cutover creates for ECS and ASG greens (`<service>-<hash>`). */
  | "elb-green-target-groups"
  /**
   * Where cutover writes tags (only `cutover:*` keys): the load balancers (lock), listener rules
   * (header rules, made room), green target groups, target-group pairs, and blue's target group.
   */
  | "elb-tagged"
  | "ecs-services"
  /** ListTasks: authorized on the cluster's container instances. */
  | "ecs-container-instances"
  | "ecs-tasks"
  | "ecs-task-definitions"
  /** ecs:TagResource, allowed only while creating (tag-on-create). */
  | "ecs-created"
  | "asg-groups"
  /** ec2:RunInstances of the launch template's instances when an ASG is created. */
  | "ec2-run"
  /** ec2:CreateTags of the launch template's tag specifications, allowed only on launch. */
  | "ec2-launch-tags"
  | "cloudwatch-alarms"
  | "dynamodb-lock-table"
  /** iam:PassRole of green's task definition roles (the service's passRoles) to ECS tasks. */
  | "pass-role-ecs-tasks"
  /** iam:PassRole of the launch template's instance profile role (the service's passRoles) to EC2. */
  | "pass-role-ec2";

export interface Grant {
  readonly action: string;
  readonly on: Scope;
  /**
   * Checked by AWS while another call runs, never called as such: tag-on-create needs the tagging
   * action, a task definition with roles needs iam:PassRole, an ASG from a launch template needs
   * ec2:RunInstances. The policy's notes say so for each.
   */
  readonly implied?: string;
  /** Needed only when some route is carried by a listener's default action, or by a rule. */
  readonly onlyWith?: "default-routes" | "rule-routes";
}

const g = (action: string, on: Scope, implied?: string): Grant => (implied ? { action, on, implied } : { action, on });
const elb = (action: string, on: Scope = "any") => g(`elasticloadbalancing:${action}`, on);
const ecs = (action: string, on: Scope = "any") => g(`ecs:${action}`, on);
const asg = (action: string, on: Scope = "any") => g(`autoscaling:${action}`, on);

/** Adapter → method → grants. One row per method of each interface in src/aws/connect.ts's Aws (`elb.read` and `elb.write` are elbRead and elbWrite). */
export const ADAPTER_GRANTS = {
  elbRead: {
    loadBalancersByName: [elb("DescribeLoadBalancers")],
    loadBalancersByArn: [elb("DescribeLoadBalancers")],
    listeners: [elb("DescribeListeners")],
    listenersByArn: [elb("DescribeListeners")],
    rules: [elb("DescribeRules")],
    targetGroupsByName: [elb("DescribeTargetGroups")],
    targetGroupsByArn: [elb("DescribeTargetGroups")],
    targetHealth: [elb("DescribeTargetHealth")],
    tags: [elb("DescribeTags")],
    rulesByArn: [elb("DescribeRules")],
    readForwards: [elb("DescribeListeners"), elb("DescribeRules")],
  },
  elbWrite: {
    createRule: [
      elb("CreateRule", "elb-listeners"),
      g("elasticloadbalancing:AddTags", "elb-tagged", "CreateRule with tags (tag-on-create)"),
    ],
    modifyRule: [elb("ModifyRule", "elb-rules")],
    setRulePriorities: [elb("SetRulePriorities", "elb-rules")],
    addTags: [elb("AddTags", "elb-tagged")],
    removeTags: [elb("RemoveTags", "elb-tagged")],
    createTargetGroup: [
      elb("CreateTargetGroup", "elb-green-target-groups"),
      g("elasticloadbalancing:AddTags", "elb-tagged", "CreateTargetGroup with tags (tag-on-create)"),
    ],
    deleteTargetGroup: [elb("DeleteTargetGroup", "elb-green-target-groups")],
    deleteRule: [elb("DeleteRule", "elb-rules")],
    // a default action is the listener's (ModifyListener), any other route is a rule's (ModifyRule)
    writeForward: [
      { ...elb("ModifyListener", "elb-listeners"), onlyWith: "default-routes" },
      { ...elb("ModifyRule", "elb-rules"), onlyWith: "rule-routes" },
    ],
  },
  containerServices: {
    services: [ecs("DescribeServices", "ecs-services")],
    serviceSpecs: [ecs("DescribeServices", "ecs-services")],
    taskDefinition: [ecs("DescribeTaskDefinition")],
    registerTaskDefinition: [
      ecs("RegisterTaskDefinition", "ecs-task-definitions"),
      g("ecs:TagResource", "ecs-created", "RegisterTaskDefinition with tags (tag-on-create)"),
      g("iam:PassRole", "pass-role-ecs-tasks", "RegisterTaskDefinition of a definition naming a task or execution role"),
    ],
    createService: [ecs("CreateService", "ecs-services"), g("ecs:TagResource", "ecs-created", "CreateService with tags (tag-on-create)")],
    scaleService: [ecs("UpdateService", "ecs-services")],
    deleteService: [ecs("DeleteService", "ecs-services")],
    stoppedTasks: [ecs("ListTasks", "ecs-container-instances"), ecs("DescribeTasks", "ecs-tasks")],
  },
  autoScalingGroups: {
    groups: [asg("DescribeAutoScalingGroups")],
    groupSpecs: [asg("DescribeAutoScalingGroups")],
    createGroup: [
      asg("CreateAutoScalingGroup", "asg-groups"),
      g("autoscaling:CreateOrUpdateTags", "asg-groups", "CreateAutoScalingGroup with tags (tag-on-create)"),
      g("ec2:RunInstances", "ec2-run", "CreateAutoScalingGroup from a launch template"),
      g("ec2:CreateTags", "ec2-launch-tags", "CreateAutoScalingGroup from a launch template with tag specifications"),
      g("iam:PassRole", "pass-role-ec2", "CreateAutoScalingGroup from a launch template with an instance profile"),
    ],
    scaleToZero: [asg("UpdateAutoScalingGroup", "asg-groups")],
    deleteGroup: [asg("DeleteAutoScalingGroup", "asg-groups")],
    activities: [asg("DescribeScalingActivities")],
  },
  alarms: {
    states: [g("cloudwatch:DescribeAlarms", "cloudwatch-alarms")],
  },
  lockTable: {
    get: [g("dynamodb:GetItem", "dynamodb-lock-table")],
    putIf: [g("dynamodb:PutItem", "dynamodb-lock-table")],
    deleteIf: [g("dynamodb:DeleteItem", "dynamodb-lock-table")],
  },
} as const satisfies Record<string, Record<string, readonly Grant[]>>;

export type AdapterName = keyof typeof ADAPTER_GRANTS;
/** `elbWrite.writeForward`: checked by the compiler against the table above. */
export type MethodRef = { [A in AdapterName]: `${A}.${keyof (typeof ADAPTER_GRANTS)[A] & string}` }[AdapterName];

// ---------------------------------------------------------------- what each command calls

/** readEstate (status, verify, and the start of every traffic command). */
const READ_ESTATE: readonly MethodRef[] = [
  "elbRead.loadBalancersByName",
  "elbRead.loadBalancersByArn",
  "elbRead.listeners",
  "elbRead.listenersByArn",
  "elbRead.rules",
  "elbRead.targetGroupsByName",
  "elbRead.targetGroupsByArn",
  "elbRead.targetHealth",
  "elbRead.tags",
  "containerServices.services",
  "autoScalingGroups.groups",
  "alarms.states",
];
/** ensureHeaderRules. */
const HEADER_RULES: readonly MethodRef[] = [
  "elbRead.rulesByArn",
  "elbRead.tags",
  "elbWrite.deleteRule",
  "elbWrite.removeTags",
  "elbWrite.createRule",
  "elbWrite.modifyRule",
  "elbWrite.setRulePriorities",
  "elbWrite.addTags",
];
/** deploy-green's ready probe (src/aws/ready-probe.ts): stopped tasks and scaling activities explain a green that fails. */
const READY_PROBE: readonly MethodRef[] = [
  "elbRead.targetHealth",
  "containerServices.services",
  "containerServices.stoppedTasks",
  "autoScalingGroups.groups",
  "autoScalingGroups.activities",
];
/** The checks between traffic steps (src/rollout/switch-checks.ts): green's targets; alarms are read with the estate. */
const TRAFFIC_HEALTH: readonly MethodRef[] = ["elbRead.targetHealth"];
/** Moving weights: one read of every route, then one write per route per step. */
const WEIGHTS: readonly MethodRef[] = ["elbRead.readForwards", "elbWrite.writeForward"];
/** Retiring a green (rollback --destroy-green) or an old blue (promote --cleanup). */
const RETIRE: readonly MethodRef[] = [
  "containerServices.scaleService",
  "autoScalingGroups.scaleToZero",
  "containerServices.deleteService",
  "autoScalingGroups.deleteGroup",
  "elbWrite.deleteTargetGroup",
];

/**
 * The adapter methods each command calls, besides the release lock's (added from `lock.type` by
 * iam-policy.ts for LOCKING_COMMANDS). Commands that connect to no AWS API are absent.
 */
export const COMMAND_METHODS: Readonly<Record<string, readonly MethodRef[]>> = {
  "deploy-green": [
    ...READ_ESTATE,
    // the green's facts and its creation
    "containerServices.serviceSpecs",
    "containerServices.taskDefinition",
    "containerServices.registerTaskDefinition",
    "containerServices.createService",
    "autoScalingGroups.groupSpecs",
    "autoScalingGroups.createGroup",
    "elbWrite.createTargetGroup",
    "elbRead.readForwards",
    "elbWrite.writeForward",
    ...HEADER_RULES,
    ...READY_PROBE,
    // --replace-green deletes a stale green, all of it cutover's own: nothing is scaled down (src/rollout/apply-green.ts)
    "containerServices.deleteService",
    "autoScalingGroups.deleteGroup",
    "elbWrite.deleteTargetGroup",
  ],
  verify: [...READ_ESTATE, "elbRead.rulesByArn"],
  status: READ_ESTATE,
  "switch-traffic": [...READ_ESTATE, ...WEIGHTS, ...TRAFFIC_HEALTH],
  promote: [...READ_ESTATE, ...WEIGHTS, ...HEADER_RULES, ...TRAFFIC_HEALTH, ...RETIRE],
  rollback: [...READ_ESTATE, ...WEIGHTS, ...HEADER_RULES, ...RETIRE],
};

/** Built: held to the code by the moto test. The others' rows are the design's. */
export const BUILT_AWS_COMMANDS = ["deploy-green", "verify", "status", "switch-traffic", "promote", "rollback"] as const;

/** The commands that take the release lock (rollback takes it over). */
export const LOCKING_COMMANDS: readonly string[] = ["deploy-green", "switch-traffic", "promote", "rollback"];

export const LOCK_METHODS: Readonly<Record<"dynamodb" | "tags", readonly MethodRef[]>> = {
  dynamodb: ["lockTable.get", "lockTable.putIf", "lockTable.deleteIf"],
  tags: ["elbRead.loadBalancersByName", "elbRead.tags", "elbWrite.addTags", "elbWrite.removeTags"],
};

export function grantsOf(method: MethodRef): readonly Grant[] {
  const [adapter, name] = method.split(".") as [AdapterName, string];
  return (ADAPTER_GRANTS[adapter] as Record<string, readonly Grant[]>)[name] ?? [];
}
