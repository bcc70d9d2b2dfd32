#!/usr/bin/env bash
# The arm64 e2e (npm run test:arm64): builds or reuses the emulated arm64 root
# (scripts/arm64-root.sh), then runs the e2e files that cover linux/arm64 inside it with the
# root's arm64 Node, Go, gcc and aarch64 TensorFlow, against the bundled dist/ (npm run build first).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/arm64-root.sh build
started=$(date +%s)
ARM64_CWD=/repo ARM64_ENV_TF_CGO_VERIFY_PYTHON=/opt/tf-venv/bin/python \
  bash scripts/arm64-root.sh run node --test --test-concurrency=1 --test-timeout=1800000 \
  test/e2e/arm64.test.ts test/e2e/foreign-cpu.test.ts
echo "arm64 e2e: $(($(date +%s) - started)) s"
