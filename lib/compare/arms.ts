import type { Drug, Route } from "../schemas/vocabulary";

// The columns of "compare routes": a route, narrowed to a drug where the distinction matters
// clinically (intranasal esketamine is a licensed product; intranasal racemic ketamine is not). A column
// holds only its own drug: other compounds (esmethadone, hydroxynorketamine, …) never fill a ketamine column.
const KETAMINE_FORMS = ["racemic-ketamine", "esketamine", "arketamine"] as const satisfies readonly Drug[];
export const ARMS = [
  { id: "iv-racemic", label: "IV racemic ketamine", route: "iv", drugs: ["racemic-ketamine"] },
  { id: "intranasal-esketamine", label: "Intranasal esketamine", route: "intranasal", drugs: ["esketamine"] },
  { id: "intranasal-racemic", label: "Intranasal racemic ketamine", route: "intranasal", drugs: ["racemic-ketamine"] },
  { id: "oral", label: "Oral ketamine", route: "oral", drugs: KETAMINE_FORMS },
  { id: "sublingual", label: "Sublingual ketamine", route: "sublingual", drugs: KETAMINE_FORMS },
  { id: "intramuscular", label: "Intramuscular ketamine", route: "intramuscular", drugs: KETAMINE_FORMS },
  { id: "subcutaneous", label: "Subcutaneous ketamine", route: "subcutaneous", drugs: KETAMINE_FORMS },
] as const satisfies readonly { id: string; label: string; route: Route; drugs: readonly Drug[] }[];

export type Arm = (typeof ARMS)[number];
export type ArmId = Arm["id"];
export const ARM_IDS = ARMS.map((a) => a.id) as ArmId[];

export const ARM_LABEL: Record<ArmId, string> = Object.fromEntries(ARMS.map((a) => [a.id, a.label])) as Record<ArmId, string>;

export function armById(id: ArmId): Arm {
  return ARMS.find((a) => a.id === id)!;
}

/** Does a claim belong to this column? Its route, and one of the column's drugs. */
export function claimInArm(claim: { routes: string[]; drugs: string[] }, arm: Arm): boolean {
  if (!claim.routes.includes(arm.route)) return false;
  return (arm.drugs as readonly string[]).some((d) => claim.drugs.includes(d));
}
