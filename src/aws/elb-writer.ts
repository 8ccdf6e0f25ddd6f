import {
  AddTagsCommand,
  CreateRuleCommand,
  CreateTargetGroupCommand,
  DeleteRuleCommand,
  DeleteTargetGroupCommand,
  ModifyListenerCommand,
  ModifyRuleCommand,
  RemoveTagsCommand,
  SetRulePrioritiesCommand,
  type Action,
  type CreateTargetGroupCommandInput,
  type ElasticLoadBalancingV2Client,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import type { RuleFacts, TargetGroupFacts } from "../traffic/estate-facts.js";
import { forwardActionBody, type ForwardBody } from "../traffic/forward-action.js";
import type { AddTagsBody, CreateRuleBody, ModifyRuleBody, SetRulePrioritiesBody } from "../traffic/header-rules/index.js";
import type { Tags } from "../traffic/tags.js";
import { callAws, type AwsCalls } from "./aws-call.js";
import {
  forwardSnapshot,
  keepAction,
  ruleFacts,
  shortArn,
  targetGroupFacts,
  type ForwardPlace,
  type ForwardSnapshot,
} from "./elb-facts.js";

/**
 * Application Load Balancers, write side: every change cutover makes to ELBv2. A forward action is
 * written one way only, `writeForward`, from a snapshot the reader took, so every other action of the
 * rule (authentication, redirects) is kept as read.
 */
export interface LoadBalancerWriter {
  /** Creates a listener rule with its tags in the same call, so no untagged rule is ever left behind. */
  createRule(body: CreateRuleBody): Promise<RuleFacts>;
  /** Replaces a rule's conditions and/or actions, whichever lists the body gives. */
  modifyRule(body: ModifyRuleBody): Promise<RuleFacts>;
  setRulePriorities(body: SetRulePrioritiesBody): Promise<void>;
  /** Adds tags to ELBv2 resources, overwriting the values of keys they already have. */
  addTags(body: AddTagsBody): Promise<void>;
  /** Removes these tag keys from ELBv2 resources; keys a resource does not have are ignored. */
  removeTags(arns: readonly string[], keys: readonly string[]): Promise<void>;
  /** Creates a target group from a CreateTargetGroup body, with its tags. */
  createTargetGroup(body: Readonly<Record<string, unknown>>, tags: Tags): Promise<TargetGroupFacts>;
  deleteTargetGroup(arn: string): Promise<void>;
  /** Deletes a listener rule (a header rule placed in room that is given back). */
  deleteRule(arn: string): Promise<void>;
  /**
   * One ModifyRule or ModifyListener putting `forward` in place of the snapshot's forward action,
   * every other action kept as read. Returns the place as AWS answered the write: the read-back check
   * costs no extra call.
   */
  writeForward(place: ForwardPlace, snapshot: ForwardSnapshot, forward: ForwardBody): Promise<ForwardSnapshot>;
}

export function createLoadBalancerWriter(client: ElasticLoadBalancingV2Client, calls: AwsCalls): LoadBalancerWriter {
  const call = <T>(action: string, resource: string, send: () => Promise<T>) =>
    callAws(calls, "elasticloadbalancing", action, resource, send);

  return {
    async createRule(body) {
      const where = `priority ${body.Priority} on ${shortArn(body.ListenerArn)}`;
      const created = (await call("CreateRule", where, () => client.send(new CreateRuleCommand(body)))).Rules?.[0];
      const facts = created && ruleFacts(created);
      if (!facts) throw new Error(`CreateRule on ${where}: the answer names no rule`);
      return facts;
    },

    async modifyRule(body) {
      const modified = (await call("ModifyRule", shortArn(body.RuleArn), () => client.send(new ModifyRuleCommand(body)))).Rules?.[0];
      const facts = modified && ruleFacts(modified);
      if (!facts) throw new Error(`ModifyRule on ${shortArn(body.RuleArn)}: the answer names no rule`);
      return facts;
    },

    async setRulePriorities(body) {
      const where = body.RulePriorities.map((p) => `${shortArn(p.RuleArn)} → ${p.Priority}`).join(", ");
      await call("SetRulePriorities", where, () => client.send(new SetRulePrioritiesCommand(body)));
    },

    async addTags(body) {
      await call("AddTags", body.ResourceArns.map(shortArn).join(", "), () => client.send(new AddTagsCommand(body)));
    },

    async removeTags(arns, keys) {
      await call("RemoveTags", arns.map(shortArn).join(", "), () =>
        client.send(new RemoveTagsCommand({ ResourceArns: [...arns], TagKeys: [...keys] })),
      );
    },

    async createTargetGroup(body, tags) {
      const input = { ...body, Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) } as CreateTargetGroupCommandInput;
      const answer = await call("CreateTargetGroup", input.Name ?? "?", () => client.send(new CreateTargetGroupCommand(input)));
      const created = answer.TargetGroups?.[0];
      if (!created) throw new Error(`CreateTargetGroup on ${input.Name ?? "?"}: the answer names no target group`);
      return targetGroupFacts(created);
    },

    async deleteTargetGroup(arn) {
      await call("DeleteTargetGroup", shortArn(arn), () => client.send(new DeleteTargetGroupCommand({ TargetGroupArn: arn })));
    },
    async deleteRule(arn) {
      await call("DeleteRule", shortArn(arn), () => client.send(new DeleteRuleCommand({ RuleArn: arn })));
    },

    async writeForward(place, snapshot, forward) {
      const index = snapshot.actions.findIndex((a) => a.Type === "forward");
      const existing = snapshot.actions[index];
      if (!existing) throw new Error(`${place.label} has no forward action to set`);
      const written = snapshot.actions.map((action, i) =>
        i === index ? (forwardActionBody(forward, action.Order) as unknown as Action) : keepAction(action),
      );
      const answered = place.isDefault
        ? (
            await call("ModifyListener", place.label, () =>
              client.send(new ModifyListenerCommand({ ListenerArn: place.listenerArn, DefaultActions: written })),
            )
          ).Listeners?.[0]?.DefaultActions
        : (await call("ModifyRule", place.label, () => client.send(new ModifyRuleCommand({ RuleArn: place.ruleArn, Actions: written }))))
            .Rules?.[0]?.Actions;
      return forwardSnapshot(answered);
    },
  };
}
