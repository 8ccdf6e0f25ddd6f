import { DescribeAlarmsCommand, type CloudWatchClient } from "@aws-sdk/client-cloudwatch";
import type { AlarmFacts } from "../traffic/estate-facts.js";
import { callAws, chunks, type AwsCalls } from "./aws-call.js";

/** CloudWatch alarms the traffic strategy watches. */
export interface Alarms {
  /** One entry per name, in the order given; a name with no alarm has state `missing`. */
  states(names: readonly string[]): Promise<AlarmFacts[]>;
}

/** DescribeAlarms takes at most 100 names. */
const BATCH = 100;

export function createAlarms(client: CloudWatchClient, calls: AwsCalls): Alarms {
  return {
    async states(names) {
      const found = new Map<string, AlarmFacts>();
      for (const batch of chunks([...new Set(names)], BATCH)) {
        let token: string | undefined;
        do {
          const page = await callAws(calls, "cloudwatch", "DescribeAlarms", batch.join(", "), () =>
            client.send(new DescribeAlarmsCommand({ AlarmNames: batch, AlarmTypes: ["MetricAlarm", "CompositeAlarm"], NextToken: token })),
          );
          for (const alarm of [...(page.MetricAlarms ?? []), ...(page.CompositeAlarms ?? [])]) {
            if (alarm.AlarmName)
              found.set(alarm.AlarmName, { name: alarm.AlarmName, state: alarm.StateValue ?? "unknown", reason: alarm.StateReason });
          }
          token = page.NextToken;
        } while (token);
      }
      return names.map((name) => found.get(name) ?? { name, state: "missing", reason: undefined });
    },
  };
}
