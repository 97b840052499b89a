/** Largest seed: seeds are unsigned 32-bit integers (the service, the levers panel and links agree). */
export const MAX_SEED = 0xffffffff;
