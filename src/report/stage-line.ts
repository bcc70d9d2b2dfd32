// A stage as one line of the summary's table or the CLI's times: its name and, where it
// spent its time on something a user weighs (an install, a cache restore), what and how long.
import type { StageRecord } from '../stage.ts';
import { formatDuration } from './duration.ts';

/** "Set up Go and TensorFlow: TensorFlow 2.21.0 installed with uv in 7.1 s": where a slow stage's time went. */
export function stageLine(stage: StageRecord): string {
  if (!stage.spent) return stage.name;
  const time = stage.spent.ms === undefined ? '' : ` in ${formatDuration(stage.spent.ms)}`;
  return `${stage.name}: ${stage.spent.what}${time}`;
}
