/**
 * Bytes of the distinct ArrayBuffers reachable from some objects (through their properties, arrays,
 * Maps and Sets): what a simulation's typed arrays actually hold, counted exactly — unlike the
 * process's memory figures, it does not depend on when the garbage collector last ran.
 */
export function heldBytes(...roots: unknown[]): number {
  const seen = new Set<unknown>();
  const buffers = new Set<ArrayBufferLike>();
  const stack: unknown[] = [...roots];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (ArrayBuffer.isView(value)) {
      buffers.add(value.buffer);
      continue;
    }
    if (value instanceof ArrayBuffer) {
      buffers.add(value);
      continue;
    }
    if (value instanceof Map) {
      for (const [k, v] of value) stack.push(k, v);
      continue;
    }
    if (value instanceof Set) {
      for (const v of value) stack.push(v);
      continue;
    }
    for (const key of Object.getOwnPropertyNames(value)) {
      const d = Object.getOwnPropertyDescriptor(value, key);
      if (d && 'value' in d) stack.push(d.value);
    }
  }
  let bytes = 0;
  for (const b of buffers) bytes += b.byteLength;
  return bytes;
}
