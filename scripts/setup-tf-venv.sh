#!/usr/bin/env bash
# Creates the TensorFlow virtualenvs the tests and the example run use, at the repository root
# with tensorflow-cpu pinned: .tf-venv/ (TF_VERSION, default 2.21.0) and a second minor for the
# tests that compare releases, .tf-venv-2.20/ (TF_SECOND_VERSION, default 2.20.0).
# Idempotent: an existing venv with the right version is kept.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
python="${PYTHON:-python3}"

ensure_venv() {
  local venv=$1 version=$2
  if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('tensorflow-cpu') != '$version')" 2>/dev/null; then
    echo "tensorflow-cpu $version already in $venv"
    return
  fi
  "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install --disable-pip-version-check -q "tensorflow-cpu==$version"
  echo "installed tensorflow-cpu $version into $venv"
}

ensure_venv "$root/.tf-venv" "${TF_VERSION:-2.21.0}"
ensure_venv "$root/.tf-venv-2.20" "${TF_SECOND_VERSION:-2.20.0}"
