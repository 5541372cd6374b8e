#!/usr/bin/env bash
# Starts training on every worker of a TPU VM: the same command on all hosts, which find each
# other through jax.distributed.initialize() (--distributed=auto).
#
#   launch/tpu_train.sh --name=ssm-vdm --config=configs/ucf101.py \
#       --workdir=gs://my-bucket/ucf101_ssm [--wait] [--dry-run] [-- --config.data.data_dir=gs://...]
#
# The workdir must be storage that every host sees (a gs:// bucket): Orbax writes checkpoints
# from all hosts together and every host restores them. Training runs in the background and
# logs to ~/ssm_vdm_train.log on each worker (only worker 0 logs progress); with --wait it runs
# in the foreground and this script returns when training ends. Running it again resumes from
# the newest checkpoint in the workdir.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
wait_for_end=0
args=()
for arg in "$@"; do
  if [[ $arg == --wait ]]; then wait_for_end=1; else args+=("$arg"); fi
done
parse_args "${args[@]}"
[[ -n $WORKDIR ]] || die "needs --workdir=gs://BUCKET/PATH (or WORKDIR=...)"
if [[ $WORKDIR != gs://* ]]; then
  echo "warning: --workdir=$WORKDIR is not a gs:// bucket; on a multi-host slice every host" \
    "must see the same checkpoints." >&2
fi

train=".venv/bin/python -m ssm_vdm.main --distributed=auto"
for arg in --config="$CONFIG" --workdir="$WORKDIR" "${EXTRA_ARGS[@]}"; do
  train+=" $(printf '%q' "$arg")"
done
if ((wait_for_end)); then
  remote all "cd $REMOTE_DIR && set -o pipefail && $train 2>&1 | tee ../$REMOTE_LOG"
else
  remote all "cd $REMOTE_DIR && (nohup setsid $train > ../$REMOTE_LOG 2>&1 < /dev/null &)"
  echo "Follow worker 0's log with:" >&2
  show gcloud compute tpus tpu-vm ssh "$TPU_NAME" "${GCLOUD_FLAGS[@]}" --worker=0 \
    --command="tail -f $REMOTE_LOG" >&2
fi
