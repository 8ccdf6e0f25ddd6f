import type { Elb } from "../aws/connect.js";
import type { ForwardPlace } from "../aws/elb-reader.js";
import { sameForward, type ForwardBody } from "../traffic/forward-action.js";

export interface ForwardAdapters {
  readonly read: Pick<Elb["read"], "readForwards">;
  readonly write: Pick<Elb["write"], "writeForward">;
}

/**
 * Makes one place's forward action exactly `forward`, through the one forward write there is: read
 * the place, write only when it differs (every other action kept as read), and check AWS's answer.
 * Returns whether it wrote.
 */
export async function setForward(elb: ForwardAdapters, place: ForwardPlace, forward: ForwardBody): Promise<boolean> {
  const snapshot = (await elb.read.readForwards([place])).get(place.ruleArn);
  if (!snapshot?.forward) throw new Error(`${place.label} has no forward action to set`);
  if (sameForward(snapshot.forward, forward)) return false;
  const answer = await elb.write.writeForward(place, snapshot, forward);
  if (!answer.forward || !sameForward(answer.forward, forward))
    throw new Error(`${place.label}: AWS answered the write with another forward action`);
  return true;
}
