import { z } from "zod";
import { ARM_IDS, type ArmId } from "../compare/arms";
import { ROUTES, SUBTYPES, type Route, type Subtype } from "./vocabulary";
import { listParam, parseParams } from "./claims-query";

// Shared by /compare/routes and /api/compare/routes (and their exports).
export const routeCompareQuerySchema = z.object({
  arm: listParam<ArmId>("arm", ARM_IDS, ARM_IDS),
  subtype: listParam<Subtype>("subtype", SUBTYPES, []),
});
export type RouteCompareQuery = z.output<typeof routeCompareQuerySchema>;

export const COMPARE_SUBTYPES = ["mdd", "trd", "bipolar-depression", "suicidal-ideation", "older-adults", "adolescents"] as const satisfies readonly Subtype[];

// Shared by /compare/subtypes and /api/compare/subtypes.
export const subtypeCompareQuerySchema = z.object({
  subtype: listParam<Subtype>("subtype", SUBTYPES, [...COMPARE_SUBTYPES]),
  route: listParam<Route>("route", ROUTES, []),
});
export type SubtypeCompareQuery = z.output<typeof subtypeCompareQuerySchema>;

// Shared by /side-effects and /api/side-effects.
export const sideEffectQuerySchema = z.object({
  subtype: listParam<Subtype>("subtype", SUBTYPES, []),
  route: listParam<Route>("route", ROUTES, [...ROUTES]),
});
export type SideEffectQuery = z.output<typeof sideEffectQuerySchema>;

type Raw = Parameters<typeof parseParams>[1];
export const parseRouteCompareQuery = (p: Raw, extra: string[] = []) => parseParams(routeCompareQuerySchema, p, extra);
export const parseSubtypeCompareQuery = (p: Raw, extra: string[] = []) => parseParams(subtypeCompareQuerySchema, p, extra);
export const parseSideEffectQuery = (p: Raw, extra: string[] = []) => parseParams(sideEffectQuerySchema, p, extra);

// Shared by /onset and /api/onset.
export const onsetQuerySchema = z.object({
  by: z.enum(["route", "subtype"], { message: 'by must be "route" or "subtype"' }).optional().default("route"),
  subtype: listParam<Subtype>("subtype", SUBTYPES, []),
  route: listParam<Route>("route", ROUTES, []),
});
export type OnsetQuery = z.output<typeof onsetQuerySchema>;
export const parseOnsetQuery = (p: Raw, extra: string[] = []) => parseParams(onsetQuerySchema, p, extra);
