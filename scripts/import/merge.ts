/** models.dev base_model inheritance (pure). */

export type Obj = Record<string, unknown>;

export function isPlainObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Deep merge: objects merge recursively, everything else (arrays, scalars) from `over` wins. */
export function deepMerge(base: Obj, over: Obj): Obj {
  const out: Obj = {};
  for (const [k, v] of Object.entries(base)) out[k] = isPlainObject(v) ? deepMerge(v, {}) : v;
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = isPlainObject(b) && isPlainObject(v) ? deepMerge(b, v) : isPlainObject(v) ? deepMerge(v, {}) : v;
  }
  return out;
}

/** Delete a dot-path ("limit.input", "cost.tiers") in place; missing paths are ignored. */
export function deletePath(obj: Obj, path: string): void {
  const parts = path.split('.');
  const last = parts.pop(); // split() always yields at least one element
  if (last === undefined) return;
  let cur: unknown = obj;
  for (const p of parts) {
    if (!isPlainObject(cur)) return;
    cur = cur[p];
  }
  if (isPlainObject(cur)) delete cur[last];
}

export const BASE_EXCLUDED = ['benchmarks', 'license', 'links', 'weights'] as const;

/**
 * Resolve a route: start from the base model minus benchmarks/license/links/weights,
 * deep-merge the route on top (route wins), delete every base_model_omit path,
 * and drop the inheritance keys themselves.
 */
export function applyBaseModel(route: Obj, base: Obj | undefined): Obj {
  if (!base) {
    const r = deepMerge(route, {});
    delete r.base_model;
    delete r.base_model_omit;
    return r;
  }
  const b = deepMerge(base, {});
  for (const k of BASE_EXCLUDED) delete b[k];
  const merged = deepMerge(b, route);
  const omit = Array.isArray(route.base_model_omit) ? (route.base_model_omit as string[]) : [];
  for (const p of omit) deletePath(merged, p);
  delete merged.base_model;
  delete merged.base_model_omit;
  return merged;
}
