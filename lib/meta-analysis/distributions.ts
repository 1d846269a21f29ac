// Distribution functions from the @stdlib packages (well-kept, tested implementations), not approximations.
import chisqCdf from "@stdlib/stats-base-dists-chisquare-cdf";
import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import tCdf from "@stdlib/stats-base-dists-t-cdf";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";

/** Standard normal quantile. */
export const zQuantile = (p: number): number => normalQuantile(p, 0, 1);
/** Student t quantile with df degrees of freedom. */
export const tQuant = (p: number, df: number): number => tQuantile(p, df);
/** Two-sided P value of a z statistic. */
export const zPValue = (z: number): number => 2 * (1 - normalCdf(Math.abs(z), 0, 1));
/** Two-sided P value of a t statistic. */
export const tPValue = (t: number, df: number): number => 2 * (1 - tCdf(Math.abs(t), df));
/** Upper-tail P value of a chi-squared statistic. */
export const chisqPValue = (q: number, df: number): number => (df > 0 ? 1 - chisqCdf(q, df) : Number.NaN);

/** The two-sided 95% normal quantile used to turn a published 95% CI into a variance (Cochrane Handbook 6.3.1). */
export const Z_975 = 1.959964;
