/**
 * The cost model lives in `src/lib/cost/` (which routes count, the monthly estimate, "cheaper");
 * it is re-exported here so callers of `estimateCost(model, cat, workload)` keep working. The pair
 * page's cost section and its wording are in cost-section.ts, so this module stays in the pure
 * cost layer (see .dependency-cruiser.cjs).
 */
export * from '../cost';
