import "server-only";
import { getViewClaims } from "../claims/get-view-claims";

/** Only the claims a synthesis can use (those with an outcome in the synthesis vocabulary), by subtype. */
export async function getSynthesisClaims(subtype: string[]) {
  return getViewClaims({ subtype: subtype as never, withOutcome: true });
}
