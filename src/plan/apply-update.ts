/**
 * The document an update leaves, from the document just before it (the before-image the same
 * atomic findOneAndUpdate returned): so the plan after a write is known without reading it back.
 * Only the operators the plan's writes use: $set, $unset, $inc, and $push with $each, on dotted paths.
 */
export function applyUpdate(before: unknown, update: { $set?: object; $unset?: object; $inc?: object; $push?: object }): Record<string, unknown> {
  const doc = structuredClone(before) as Record<string, unknown>;
  for (const [path, value] of Object.entries(update.$set ?? {})) parentOf(doc, path, true)![last(path)] = structuredClone(value);
  for (const path of Object.keys(update.$unset ?? {})) {
    const parent = parentOf(doc, path, false);
    if (parent) delete parent[last(path)];
  }
  for (const [path, by] of Object.entries(update.$inc ?? {})) {
    const parent = parentOf(doc, path, true)!;
    const current = parent[last(path)];
    parent[last(path)] = (typeof current === 'number' ? current : 0) + (by as number);
  }
  for (const [path, pushed] of Object.entries(update.$push ?? {})) {
    const parent = parentOf(doc, path, true)!;
    const current = parent[last(path)];
    const each = pushed && typeof pushed === 'object' && '$each' in pushed ? (pushed as { $each: unknown[] }).$each : [pushed];
    parent[last(path)] = [...(Array.isArray(current) ? current : []), ...structuredClone(each)];
  }
  return doc;
}

const last = (path: string) => path.slice(path.lastIndexOf('.') + 1);

function parentOf(doc: Record<string, unknown>, path: string, create: boolean): Record<string, unknown> | undefined {
  let node = doc;
  for (const key of path.split('.').slice(0, -1)) {
    const next = node[key];
    if (next && typeof next === 'object') node = next as Record<string, unknown>;
    else if (create) node = node[key] = {};
    else return undefined;
  }
  return node;
}
