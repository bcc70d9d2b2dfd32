/** Bad input: the message names the input and says what to do. Never shown with a stack. */
export class InputError extends Error {
  readonly input: string;
  constructor(input: string, message: string) {
    super(`Input '${input}': ${message}`);
    this.input = input;
  }
}
