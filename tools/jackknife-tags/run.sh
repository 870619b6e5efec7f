#!/usr/bin/env bash
# Jackknifed tags for parser training: splits EWT train into two contiguous halves, trains the tagger (same settings
# as the shipped one) on each half, and tags each half with the tagger that never saw it. The parser trained on the
# result (`train-parser --tags`) meets tagger errors as they really fall, not as gold tags or simulated noise.
# Usage: tools/jackknife-tags/run.sh OUTPUT.conllu [WORK_DIR]   (from the repository root; about an hour on 2 cores)
set -euo pipefail
output=$(realpath -m "$1")
work=$(realpath -m "${2:-$(mktemp -d)}")
data=../shared/data/ud-english-ewt
tool=(dotnet run -c Release --project tools/RuLatAm.Claims.Training --)
tagger_settings=(--seed 1 --folds 2 --min-count 2 --l1 0.003 --l2 1E-05 --iterations 15 --threshold 0.01 --sdca)

python3 - "$data/en_ewt-ud-train.conllu" "$work" <<'PY'
import os, sys
blocks = open(sys.argv[1], encoding="utf-8").read().strip("\n").split("\n\n")
half = len(blocks) // 2
for name, part in (("a", blocks[:half]), ("b", blocks[half:])):
    os.makedirs(os.path.join(sys.argv[2], name), exist_ok=True)
    with open(os.path.join(sys.argv[2], name, "en_ewt-ud-train.conllu"), "w", encoding="utf-8") as f:
        f.write("\n\n".join(part) + "\n\n")
PY
for half in a b; do
  ln -sf "$(realpath "$data/en_ewt-ud-dev.conllu")" "$work/$half/"
  "${tool[@]}" train-tagger --data "$work/$half" --models "$work/$half-models" "${tagger_settings[@]}"
done
"${tool[@]}" tag-treebank --models "$work/b-models" --input "$work/a/en_ewt-ud-train.conllu" --output "$work/a-tagged.conllu"
"${tool[@]}" tag-treebank --models "$work/a-models" --input "$work/b/en_ewt-ud-train.conllu" --output "$work/b-tagged.conllu"
cat "$work/a-tagged.conllu" "$work/b-tagged.conllu" > "$output"
