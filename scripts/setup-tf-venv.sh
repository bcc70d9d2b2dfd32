#!/usr/bin/env bash
# Creates the TensorFlow virtualenv the tests and the example run use: .tf-venv/ at the
# repository root with tensorflow-cpu pinned. Idempotent: an existing venv with the
# right version is kept.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
venv="$root/.tf-venv"
version="${TF_VERSION:-2.21.0}"
python="${PYTHON:-python3}"
if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('tensorflow-cpu') != '$version')" 2>/dev/null; then
  echo "tensorflow-cpu $version already in $venv"
  exit 0
fi
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --disable-pip-version-check -q "tensorflow-cpu==$version"
echo "installed tensorflow-cpu $version into $venv"
