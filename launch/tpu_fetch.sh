#!/usr/bin/env bash
# Copies a run's results (checkpoints, TensorBoard metrics, samples) and worker 0's log here.
#
#   launch/tpu_fetch.sh --name=ssm-vdm --workdir=gs://my-bucket/ucf101_ssm \
#       [--dest=results/ssm-vdm] [--dry-run]
#
# A gs:// workdir is synchronised with `gcloud storage rsync`; a workdir on the workers' disks
# is copied from worker 0.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
parse_args "$@"
[[ -n $WORKDIR ]] || die "needs --workdir=gs://BUCKET/PATH (or WORKDIR=...)"

run mkdir -p "$DEST"
if [[ $WORKDIR == gs://* ]]; then
  run gcloud storage rsync --recursive "$WORKDIR" "$DEST"
else
  run gcloud compute tpus tpu-vm scp --recurse "$TPU_NAME:$REMOTE_DIR/$WORKDIR" "$DEST" \
    "${GCLOUD_FLAGS[@]}" --worker=0
fi
run gcloud compute tpus tpu-vm scp "$TPU_NAME:$REMOTE_LOG" "$DEST/" "${GCLOUD_FLAGS[@]}" \
  --worker=0
