#!/usr/bin/env bash
# Installs this checkout of ssm_vdm on every worker of a TPU VM (--worker=all).
#
#   launch/tpu_setup.sh --project=my-project --zone=us-central2-b --name=ssm-vdm [--dry-run]
#
# Ships the committed tree (git archive HEAD) to each worker, installs Python (3.11 by default;
# 3.12 and 3.13 work too) from the OS packages and runs `make install EXTRAS=tpu` there: the
# pinned dependencies in .venv plus the TPU build of the pinned jax (jax[tpu], with libtpu).
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
# pyproject.toml.
install="sudo apt-get update -qq"
install+=" && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $python $python-venv make"
install+=" && mkdir -p $REMOTE_DIR && tar -xmzf $REMOTE_DIR.tar.gz -C $REMOTE_DIR"
install+=" && cd $REMOTE_DIR && make install PYTHON=$python EXTRAS=tpu"
remote all "$install"
