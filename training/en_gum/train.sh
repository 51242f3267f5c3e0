#!/usr/bin/env bash
# Train the en_ud_gum pipeline (CPU, one process). Run from anywhere:
#   nohup nice -n 5 bash training/en_gum/train.sh > training/output/train.log 2>&1 &
# Steps: build corpora → spacy train (max_steps/patience in config.cfg; a hard
# wall-clock cap of TRAIN_TIMEOUT, default 33 min, keeps it within budget — the
# best model is saved at every improving evaluation, so a capped run still
# leaves model-best) → copy model-best to models/en_ud_gum.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
source .venv/bin/activate
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
START=$(date +%s)
python training/en_gum/prepare.py --out training/corpus --synthetic "${SYNTHETIC:-3000}"
mkdir -p training/output
timeout --signal=INT "${TRAIN_TIMEOUT:-33m}" \
  python -m spacy train training/en_gum/config.cfg --output training/output/en_ud_gum \
    --paths.train training/corpus/train.spacy --paths.dev training/corpus/dev.spacy \
    --gpu-id -1 || echo "spacy train exited with $? (timeout cap reached?)"
rm -rf models/en_ud_gum.new
cp -r training/output/en_ud_gum/model-best models/en_ud_gum.new
python training/en_gum/set_meta.py models/en_ud_gum.new
[ -f models/en_ud_gum/README.md ] && cp models/en_ud_gum/README.md models/en_ud_gum.new/
rm -rf models/en_ud_gum && mv models/en_ud_gum.new models/en_ud_gum
rm -rf training/output/en_ud_gum/model-last
echo "total wall time: $(( $(date +%s) - START )) s"
du -sh models/en_ud_gum
