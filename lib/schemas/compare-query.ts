import { z } from "zod";
import { ARM_IDS, type ArmId } from "../compare/arms";
import { ROUTES, SUBTYPES, type Route, type Subtype } from "./vocabulary";
import { parseParams } from "./claims-query";

function list<T extends string>(name: string, values: readonly T[], fallback: T[]) {
  return z
    .string()
    .optional()
    .transform((raw, ctx): T[] => {
      if (raw === undefined || raw.trim() === "") return fallback;
      const parts = [...new Set(raw.split(",").map((p) => p.trim()).filter(Boolean))];
      const unknown = parts.filter((p) => !(values as readonly string[]).includes(p));
      if (unknown.length) {
        ctx.addIssue({ code: "custom", message: `unknown ${name} ${unknown.map((u) => `"${u}"`).join(", ")}; accepted values: ${values.join(", ")}` });
        return z.NEVER;
      }
      return parts as T[];
    });
}

// Shared by /compare/routes and /api/compare/routes (and their exports).
export const routeCompareQuerySchema = z.object({
  arm: list<ArmId>("arm", ARM_IDS, ARM_IDS),
  subtype: list<Subtype>("subtype", SUBTYPES, []),
});
export type RouteCompareQuery = z.output<typeof routeCompareQuerySchema>;

export const COMPARE_SUBTYPES = ["mdd", "trd", "bipolar-depression", "suicidal-ideation", "older-adults", "adolescents"] as const satisfies readonly Subtype[];

// Shared by /compare/subtypes and /api/compare/subtypes.
export const subtypeCompareQuerySchema = z.object({
  subtype: list<Subtype>("subtype", SUBTYPES, [...COMPARE_SUBTYPES]),
  route: list<Route>("route", ROUTES, []),
});
export type SubtypeCompareQuery = z.output<typeof subtypeCompareQuerySchema>;

// Shared by /side-effects and /api/side-effects.
export const sideEffectQuerySchema = z.object({
  subtype: list<Subtype>("subtype", SUBTYPES, []),
  route: list<Route>("route", ROUTES, [...ROUTES]),
});
export type SideEffectQuery = z.output<typeof sideEffectQuerySchema>;

type Raw = Parameters<typeof parseParams>[1];
export const parseRouteCompareQuery = (p: Raw, extra: string[] = []) => parseParams(routeCompareQuerySchema, p, extra);
export const parseSubtypeCompareQuery = (p: Raw, extra: string[] = []) => parseParams(subtypeCompareQuerySchema, p, extra);
export const parseSideEffectQuery = (p: Raw, extra: string[] = []) => parseParams(sideEffectQuerySchema, p, extra);

// Shared by /onset and /api/onset.
export const onsetQuerySchema = z.object({
  by: z.enum(["route", "subtype"], { message: 'by must be "route" or "subtype"' }).optional().default("route"),
  subtype: list<Subtype>("subtype", SUBTYPES, []),
  route: list<Route>("route", ROUTES, []),
});
export type OnsetQuery = z.output<typeof onsetQuerySchema>;
export const parseOnsetQuery = (p: Raw, extra: string[] = []) => parseParams(onsetQuerySchema, p, extra);
