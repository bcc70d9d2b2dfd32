// Errors that are the user's to fix (bad input, an impossible version combination, a
// download that failed verification). Front ends print their message, never a stack.
import { InputError } from './inputs.ts';
import { GoSetupError } from './setup/go-version.ts';
import { TfSetupError } from './setup/tf-version.ts';
import { MatrixError } from './setup/matrix.ts';

export function userFacingMessage(error: unknown): string | undefined {
  if (error instanceof InputError || error instanceof MatrixError) return error.message;
  if (error instanceof GoSetupError || error instanceof TfSetupError) {
    return error.input && !error.message.includes(error.input) ? `Input '${error.input}': ${error.message}` : error.message;
  }
  return undefined;
}
