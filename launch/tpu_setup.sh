#!/usr/bin/env bash
# Installs this checkout of ssm_vdm on every worker of a TPU VM (--worker=all).
#
#   launch/tpu_setup.sh --project=my-project --zone=us-central2-b --name=ssm-vdm [--dry-run]
#
# Ships the committed tree (git archive HEAD) to each worker, installs Python 3.11 from the
# OS packages, runs `make install` there (the pinned dependencies in .venv) and adds the TPU
# build of the same jax version (jax[tpu], which brings libtpu).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
parse_args "$@"

archive=${TMPDIR:-/tmp}/ssm_vdm-$TPU_NAME.tar.gz
run git -C "$REPO_ROOT" archive --format=tar.gz --output="$archive" HEAD
run gcloud compute tpus tpu-vm scp "$archive" "$TPU_NAME:$REMOTE_DIR.tar.gz" \
  "${GCLOUD_FLAGS[@]}" --worker=all

python=$(printf '%q' "$REMOTE_PYTHON")
# `tar -m`: files get the time of extraction, so that `make install` sees a changed
# pyproject.toml. jax[tpu] is pinned to the jax version that `make install` installed.
install="sudo apt-get update -qq"
install+=" && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $python $python-venv make"
install+=" && mkdir -p $REMOTE_DIR && tar -xmzf $REMOTE_DIR.tar.gz -C $REMOTE_DIR"
install+=" && cd $REMOTE_DIR && make install PYTHON=$python"
# (evaluated on the worker, after make install)
jax_version="\$(.venv/bin/python -c 'import jax; print(jax.__version__)')"
install+=" && .venv/bin/pip install \"jax[tpu]==$jax_version\""
remote all "$install"
