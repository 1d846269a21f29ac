// The explorer query's names and defaults without its zod schema, so that client components can use them
// without shipping zod to the browser (the schema itself, and all parsing, stay in ./claims-query).
import { CERTAINTIES } from "./vocabulary";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

export const SORT_KEYS = ["relevance", "level", "certainty", "year", "timepoint", "category", "citation", "id"] as const;
/** The explorer's default order: clinical relevance (efficacy, suicidality and harms first; then certainty and sample size). */
export const DEFAULT_SORT_KEY = "relevance";
export type SortKey = (typeof SORT_KEYS)[number];

/** The claim filters that take lists, in the order the views show them (also the explorer's facets). */
export const LIST_FILTERS = ["subtype", "route", "drug", "category", "level", "certainty", "direction", "design", "base"] as const;

/** Certainty values a filter accepts: the GRADE ratings, and "not-assessed" for level-5 evidence. */
export const CERTAINTY_FILTER_VALUES = [...CERTAINTIES, "not-assessed"] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];
