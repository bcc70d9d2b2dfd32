#!/usr/bin/env bash
# The action's main job on example/, through the CLI (same pipeline as the action),
# against the TensorFlow in .tf-venv. Extra arguments are passed to the CLI.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
exec node dist/cli.js \
  --working-directory example \
  --python "$root/.tf-venv/bin/python" \
  --expect-symbols TFCGOVersion,TFCGOStatusOK,TFCGOGraphOperations \
  --smoke-test smoke_test.py \
  "$@"
