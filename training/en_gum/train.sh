#!/usr/bin/env bash
# Train the en_ud_gum pipeline (CPU, one process). Run from anywhere:
#   nohup nice -n 5 bash training/en_gum/train.sh > training/output/train.log 2>&1 &
# Steps: build corpora → spacy train (max_steps/patience in config.cfg; a hard
# wall-clock cap of TRAIN_TIMEOUT, default 33 min, keeps it within budget — the
# best model is saved at every improving evaluation, so a capped run still
# leaves model-best) → copy model-best to MODEL_OUT.
# Environment (all optional; paths relative to the repository root):
#   SYNTHETIC      synthetic news sentences added to train (default 3000; 0 = GUM only)
#   MODEL_OUT      where the trained pipeline goes (default models/en_ud_gum); a candidate run, e.g.
#                  MODEL_OUT=models/en_ud_gum_cand, leaves the current model untouched
#   TRAIN_OUT      spacy train output dir (default training/output/en_ud_gum)
#   CORPUS_OUT     DocBin corpus dir (default training/corpus)
#   TRAIN_TIMEOUT  wall-clock cap of `spacy train` (default 33m)
# The README of MODEL_OUT (or, for a new MODEL_OUT, that of models/en_ud_gum: licence and attribution
# must travel with the model) is kept in the new model folder.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
source .venv/bin/activate
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
MODEL_OUT="${MODEL_OUT:-models/en_ud_gum}"
TRAIN_OUT="${TRAIN_OUT:-training/output/en_ud_gum}"
CORPUS_OUT="${CORPUS_OUT:-training/corpus}"
echo "SYNTHETIC=${SYNTHETIC:-3000} MODEL_OUT=$MODEL_OUT TRAIN_OUT=$TRAIN_OUT CORPUS_OUT=$CORPUS_OUT"
START=$(date +%s)
python training/en_gum/prepare.py --out "$CORPUS_OUT" --synthetic "${SYNTHETIC:-3000}"
mkdir -p training/output
timeout --signal=INT "${TRAIN_TIMEOUT:-33m}" \
  python -m spacy train training/en_gum/config.cfg --output "$TRAIN_OUT" \
    --paths.train "$CORPUS_OUT/train.spacy" --paths.dev "$CORPUS_OUT/dev.spacy" \
    --gpu-id -1 || echo "spacy train exited with $? (timeout cap reached?)"
rm -rf "$MODEL_OUT.new"
cp -r "$TRAIN_OUT/model-best" "$MODEL_OUT.new"
python training/en_gum/set_meta.py "$MODEL_OUT.new"
if [ -f "$MODEL_OUT/README.md" ]; then
  cp "$MODEL_OUT/README.md" "$MODEL_OUT.new/"
elif [ -f models/en_ud_gum/README.md ]; then
  cp models/en_ud_gum/README.md "$MODEL_OUT.new/"
fi
rm -rf "$MODEL_OUT" && mv "$MODEL_OUT.new" "$MODEL_OUT"
rm -rf "$TRAIN_OUT/model-last"
echo "total wall time: $(( $(date +%s) - START )) s"
du -sh "$MODEL_OUT"
