// TensorFlow's INFO lines on every import (oneDNN, CPU features) come from absl's logging
// before absl::InitializeLog(), which TF_CPP_MIN_LOG_LEVEL does not reach; they are dropped
// from the echoed output unless debug logging is on. Warnings and errors pass.
import { createLineSplitter } from '../parse/line-splitter.ts';

/** absl's INFO line prefix (`I0000 00:00:1796467322.450706   21969 port.cc:153] `) and its pre-init banner. */
const TF_INFO =
  /^(?:I\d{4} \d\d:\d\d:[\d.]+\s+\d+ [\w.-]+:\d+\] |WARNING: All log messages before absl::InitializeLog\(\) is called are written to STDERR$)/;

/** Pure: whether a line of the load's output is TensorFlow INFO logging. */
export function isTensorflowInfo(line: string): boolean {
  return TF_INFO.test(line);
}

/**
 * Wraps `write` so that whole lines of TensorFlow INFO logging are dropped (and the
 * continuation line "To enable the following instructions: ..." after the CPU feature line).
 */
export function withoutTensorflowInfo(write: (chunk: string) => void): { write: (chunk: string) => void; end: () => void } {
  let dropNext = false;
  const splitter = createLineSplitter((line) => {
    if (dropNext && /^To enable the following instructions:/.test(line)) {
      dropNext = false;
      return;
    }
    dropNext = false;
    if (isTensorflowInfo(line)) {
      dropNext = /cpu_feature_guard/.test(line);
      return;
    }
    write(`${line}\n`);
  });
  return { write: (chunk) => splitter.write(chunk), end: () => splitter.end() };
}
