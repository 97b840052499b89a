/**
 * "Did you mean" for the command line (unknown command, flag, preset id): the model's suggestion
 * rule (edit distance with transpositions, small enough to be a typo), so the CLI and scenario
 * validation suggest alike.
 */
import { didYouMean as closest } from '../model/scenario/suggest.ts';

/** The closest known name, or null when none is plausibly meant. */
export function didYouMean(input: string, known: readonly string[]): string | null {
  return closest(input, known) ?? null;
}

/** " (did you mean 'x'?)" or "" */
export function suggestion(input: string, known: readonly string[]): string {
  const s = didYouMean(input, known);
  return s === null ? '' : ` (did you mean '${s}'?)`;
}
