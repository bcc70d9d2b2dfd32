// A C API name the installed TensorFlow does not export but another release does (TF_Log,
// removed in 2.21): the finding says when it went or came and the pin that has it, instead of
// a spelling check that cannot help.
import { nameChange } from '../resolve/c-api-changes.ts';
import type { TensorFlowInstall } from '../resolve/tensorflow.ts';

export interface AbsentNameHistory {
  message: string;
  fix: string;
}

/** What the C API history says of `name`, absent from `tf`; undefined when no recorded release exports it. */
export function absentNameHistory(name: string, tf: Pick<TensorFlowInstall, 'version' | 'distribution'>): AbsentNameHistory | undefined {
  const change = nameChange(name, { version: tf.version, distribution: tf.distribution, arch: process.arch });
  if (!change) return undefined;
  // Before 2.12 a name can be in the wheel's Python extension only: the sentence names it, and
  // "no library" would not be true.
  const linked = change.pythonOnly ? ' that a Go package links' : '';
  return {
    message: `${change.sentence}. TensorFlow ${change.span} export it; no library of TensorFlow ${tf.version}${linked} does, so the link or the load would fail.`,
    fix: `Pin ${change.pin} (a TensorFlow that exports ${name}), or remove the call to ${name}.`,
  };
}
