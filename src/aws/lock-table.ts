import {
  ConditionalCheckFailedException,
  DeleteItemCommand,
  GetItemCommand,
  PutItemCommand,
  type AttributeValue,
  type DynamoDBClient,
} from "@aws-sdk/client-dynamodb";
import { callAws, type AwsCalls } from "./aws-call.js";

/**
 * A DynamoDB table used as a lock: one item per lock, key `lockId` (string), the holder's id in
 * `holderId`. Every write is conditional, so two runners can never both believe they hold it.
 */
export interface LockTable {
  readonly table: string;
  /** The item under that key (a consistent read), as strings; undefined when there is none. */
  get(lockId: string): Promise<Readonly<Record<string, string>> | undefined>;
  /**
   * Writes the item if `expectedHolder` holds the lock now (undefined: if no item exists), in one
   * conditional PutItem. False when the condition failed.
   */
  putIf(
    item: Readonly<Record<string, string>> & { lockId: string; holderId: string },
    expectedHolder: string | undefined,
  ): Promise<boolean>;
  /** Deletes the item if `holderId` still holds it. False when someone else does, or nobody. */
  deleteIf(lockId: string, holderId: string): Promise<boolean>;
}

export function createLockTable(client: DynamoDBClient, calls: AwsCalls, table: string): LockTable {
  const call = <T>(action: string, resource: string, send: () => Promise<T>) => callAws(calls, "dynamodb", action, resource, send);

  /** The condition failing is an answer, not an error; the AwsError keeps the SDK error as its cause. */
  async function conditional(send: () => Promise<unknown>): Promise<boolean> {
    try {
      await send();
      return true;
    } catch (error) {
      if (error instanceof Error && error.cause instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  return {
    table,

    async get(lockId) {
      const answer = await call("GetItem", `${table}/${lockId}`, () =>
        client.send(new GetItemCommand({ TableName: table, Key: { lockId: { S: lockId } }, ConsistentRead: true })),
      );
      if (!answer.Item) return undefined;
      return Object.fromEntries(
        Object.entries(answer.Item).flatMap(([k, v]: [string, AttributeValue]) => (v.S === undefined ? [] : [[k, v.S]])),
      );
    },

    async putIf(item, expectedHolder) {
      const Item = Object.fromEntries(Object.entries(item).map(([k, v]) => [k, { S: v }]));
      const condition =
        expectedHolder === undefined
          ? { ConditionExpression: "attribute_not_exists(lockId)" }
          : { ConditionExpression: "holderId = :expected", ExpressionAttributeValues: { ":expected": { S: expectedHolder } } };
      return conditional(() =>
        call("PutItem", `${table}/${item.lockId}`, () => client.send(new PutItemCommand({ TableName: table, Item, ...condition }))),
      );
    },

    async deleteIf(lockId, holderId) {
      return conditional(() =>
        call("DeleteItem", `${table}/${lockId}`, () =>
          client.send(
            new DeleteItemCommand({
              TableName: table,
              Key: { lockId: { S: lockId } },
              ConditionExpression: "holderId = :holder",
              ExpressionAttributeValues: { ":holder": { S: holderId } },
            }),
          ),
        ),
      );
    },
  };
}
