// "Did you mean": the function TensorFlow's C headers declare whose name is closest to a
// name no header declares, so a finding on a misspelt C.X call can name the right one.
import { editDistance } from '../util/edit-distance.ts';
import type { TfHeaderNames } from './tf-headers.ts';

/** The declared function whose name is closest to `name` (a likely misspelling), if any is close. */
export function nearestFunction(headers: TfHeaderNames, name: string): string | undefined {
  const max = Math.max(2, Math.floor(name.length / 6));
  let best: { name: string; distance: number } | undefined;
  for (const [candidate, entry] of headers.names) {
    if (entry.kind !== 'function' || candidate === name) continue;
    // A letter in the wrong case (TF_version) counts half: closer than any other one-letter slip.
    const distance = editDistance(name, candidate, { max, caseChangeCost: 0.5 });
    if (distance <= max && (!best || distance < best.distance || (distance === best.distance && candidate < best.name)))
      best = { name: candidate, distance };
  }
  return best?.name;
}
