/**
 * Engine-independent elementary functions for the model, sweeps and map attributes. ECMAScript does
 * not fix the last bit of Math.exp, Math.log, Math.cos, Math.hypot … and engines differ (Node 20 and
 * Chromium give different Math.log(3)), which would make runs differ between the CLI and the app.
 * These ports of fdlibm use only IEEE 754 arithmetic, Math.sqrt (correctly rounded by the standard)
 * and bit access, so every engine returns the same double — the one Node 20's Math.* returns.
 */
export { cos } from './cos.ts';
export { exp } from './exp.ts';
export { expm1 } from './expm1.ts';
export { hypot } from './hypot.ts';
export { log } from './log.ts';
export { pow2 } from './pow2.ts';
