import { z } from "zod";
import { parseParams } from "./claims-query";

// /changes and /api/changes: `since` is a dataset version (as in a copied link's v=) or a date.
export const changesQuerySchema = z.object({
  since: z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2})(\.[0-9a-f]{8})?$/, "since must be a dataset version such as 2026-11-30.ab12cd34, or a date YYYY-MM-DD")
    .optional(),
});
export type ChangesQuery = z.output<typeof changesQuerySchema>;
type Raw = Parameters<typeof parseParams>[1];
export const parseChangesQuery = (p: Raw, extra: string[] = []) => parseParams(changesQuerySchema, p, extra);

// The page alone: a long list shows its first claims, and `full` names the version whose lists are shown whole.
export const changesPageQuerySchema = changesQuerySchema.extend({
  full: z.string().regex(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{8}$/, "full must be a dataset version such as 2026-11-30.ab12cd34").optional(),
});
export type ChangesPageQuery = z.output<typeof changesPageQuerySchema>;
export const parseChangesPageQuery = (p: Raw, extra: string[] = []) => parseParams(changesPageQuerySchema, p, extra);
