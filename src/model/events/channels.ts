/**
 * The code table of the event log's `channel` column (docs/model.md §7, "Channel attribution").
 * Codes are stable: exports store the code and print this table beside the log.
 */
export const CHANNEL_IDS = [
  'none', // 0: not an adoption (progression, formalism, abandonment, correction, re-adoption reset)
  'external', // 1: external influence p·media (media, spontaneous invention)
  'global', // 2: the global share V (ω_g)
  'neighbour', // 3: map neighbours (ω_n)
  'province', // 4: the rest of the province (ω_p)
  'forum', // 5: forum and east–west pairing ties (ω_f)
  'endorsement', // 6: the part of the hazard added by higher-level endorsement β_E[E]
  'mandate', // 7: a mandate κ_M
  'origin', // 8: an innovation's origin, seeded when the innovation starts
  'pilot', // 9: a scripted pilot event
] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];

export const CH_NONE = 0;
export const CH_EXTERNAL = 1;
export const CH_GLOBAL = 2;
export const CH_NEIGHBOUR = 3;
export const CH_PROVINCE = 4;
export const CH_FORUM = 5;
export const CH_ENDORSEMENT = 6;
export const CH_MANDATE = 7;
export const CH_ORIGIN = 8;
export const CH_PILOT = 9;

/** `source` value when the source is not a locality. */
export const NO_SOURCE = -1;
