// A failing `import tensorflow` is the environment's failure, never the library's: the
// library had not been loaded yet. It is reported as such, with Python's own words and,
// when another TensorFlow on LD_LIBRARY_PATH is why, that copy and how to take it away.
import path from 'node:path';
import { EnvironmentError } from '../environment-error.ts';
import type { TensorflowCopies } from '../inspect/tensorflow-copies.ts';
import { importShadowExplanation } from '../inspect/other-tensorflow.ts';
import type { ImportOutcome } from './python-worker.ts';

export interface ImportFailureContext {
  /** The built library. */
  library: string;
  python: string;
  copies?: TensorflowCopies;
}

export function importFailure(outcome: ImportOutcome, context: ImportFailureContext): EnvironmentError {
  const library = path.basename(context.library);
  const said = outcome.error ? `Python said: ${outcome.error}` : 'Python exited during the import.';
  const shadow = context.copies ? importShadowExplanation(context.copies) : undefined;
  const fix =
    shadow?.fix ??
    `Run ${context.python} -c "import tensorflow" with this step's environment to see why; nothing about ${library} is judged until it works.`;
  return new EnvironmentError(
    'import tensorflow',
    `it fails in this environment, before ${library} is loaded. ${said}${shadow ? `\n${shadow.message}` : ''}\nFix: ${fix}`,
  );
}
