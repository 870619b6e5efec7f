#!/usr/bin/env python3
"""Compares score.py with the console's `evaluate --json` on a prediction file and on perturbed gold.

Usage: python3 compare.py --gold DIR [--pred FILE ...] [--cli COMMAND] [--keep DIR]

Each prediction file is scored by both; then the gold itself is perturbed (claims dropped, action spans
shifted, actors renamed, fields changed, order shuffled) with a fixed seed and scored again. Prints one row
per case and exits 1 when any figure differs by more than 0.005.
"""

import argparse
import copy
import glob
import json
import os
import random
import shlex
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TOLERANCE = 0.005
DEFAULT_CLI = "dotnet run --project samples/RuLatAm.Claims.Cli --no-build --"

# Renamings that keep the actor by the guideline (titles, case, accents, metonyms, last name) and ones that don't.
SAME_ACTOR = {
    "Vladimir Putin": ["President Vladimir Putin", "Putin", "vladimir putin"],
    "Russia": ["the Kremlin", "Moscow"],
    "United States": ["Washington", "the White House"],
    "Cuba": ["Havana"],
    "Sergey Lavrov": ["Foreign Minister Sergey Lavrov", "Lavrov"],
}
OTHER_ACTOR = ["Raul Castro", "Brazil", "Gazprom", "Fidel Castro"]


def read_claims(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def gold_claims(folder):
    claims = []
    for path in sorted(glob.glob(os.path.join(folder, "*.jsonl"))):
        claims.extend(read_claims(path))
    return claims


def write(path, claims):
    with open(path, "w", encoding="utf-8") as f:
        for claim in claims:
            f.write(json.dumps(claim, ensure_ascii=False) + "\n")


def restyle(name, rng):
    """The same name as an annotator might write it: a title, other case, accents, punctuation, last name only."""
    style = rng.randrange(6)
    if style == 0:
        return rng.choice(["President ", "Foreign Minister ", "Former President ", "Mr. ", "the "]) + name
    if style == 1:
        return name.upper()
    if style == 2:
        return name.replace("e", "\u00e9").replace("a", "\u00e1")
    if style == 3:
        return name.replace(" ", "-")
    if style == 4:
        return name.split()[-1]
    return name + "."


def shift(mention, by):
    if mention is not None:
        mention["start"] += by
        mention["end"] += by


def perturbations(gold, rng):
    """(name, claims) pairs, each a copy of the gold with one kind of damage."""
    yield "gold itself", copy.deepcopy(gold)

    kept = [c for c in gold if rng.random() > 0.3]
    yield "drop 30% of claims", copy.deepcopy(kept)

    shifted = copy.deepcopy(gold)
    for claim in shifted:
        if rng.random() < 0.4:
            # Shift past the end half the time (no overlap), inside the span the other half.
            action = claim["action"]
            length = action["end"] - action["start"]
            shift(action, length if rng.random() < 0.5 else max(1, length // 2))
    yield "shift 40% of action spans", shifted

    renamed = copy.deepcopy(gold)
    for claim in renamed:
        canonical = claim["actor"]["canonical"]
        if canonical in SAME_ACTOR and rng.random() < 0.7:
            claim["actor"]["canonical"] = rng.choice(SAME_ACTOR[canonical])
        elif rng.random() < 0.2:
            claim["actor"]["canonical"] = rng.choice(OTHER_ACTOR)
    yield "rename actors", renamed

    fields = copy.deepcopy(gold)
    for claim in fields:
        roll = rng.random()
        if roll < 0.15:
            claim["target"] = None
        elif roll < 0.3 and claim["target"] is not None:
            shift(claim["target"], 500)
        elif roll < 0.45:
            claim["date"] = None if claim["date"] else {"text": "on Monday", "value": "2001-01-01", "start": 0, "end": 9}
        elif roll < 0.6:
            claim["source"] = None if claim["source"] else {
                "text": "Lavrov", "canonical": "Lavrov", "kind": "indirect", "via": None, "start": 0, "end": 6}
        elif roll < 0.75:
            claim["modality"] = "negated" if claim["modality"] != "negated" else "asserted"
        elif roll < 0.9 and claim["quote"] is not None:
            words = claim["quote"]["text"].split()
            claim["quote"]["text"] = " ".join(words[: max(1, int(len(words) * rng.choice([0.6, 0.75, 0.9])))])
    yield "change fields", fields

    restyled = copy.deepcopy(gold)
    for claim in restyled:
        for mention in (claim["actor"], claim["source"], claim["target"]):
            if mention and mention.get("canonical") and rng.random() < 0.6:
                mention["canonical"] = restyle(mention["canonical"], rng)
    yield "restyle names", restyled

    shuffled = copy.deepcopy(gold)
    rng.shuffle(shuffled)
    yield "shuffle line order", shuffled

    mixed = [c for c in copy.deepcopy(gold) if rng.random() > 0.2]
    for claim in mixed:
        if rng.random() < 0.2:
            shift(claim["action"], 3)
        if rng.random() < 0.2:
            claim["actor"]["canonical"] = rng.choice(OTHER_ACTOR)
    mixed += [copy.deepcopy(c) for c in gold if rng.random() < 0.1]
    yield "drop, shift, rename and duplicate", mixed


def run_cli(cli, gold, pred):
    command = shlex.split(cli) + ["evaluate", "--gold", gold, "--pred", pred, "--json"]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"the console failed: {done.stderr.strip()}")
    return json.loads(done.stdout)


def run_python(gold, pred):
    command = [sys.executable, os.path.join(HERE, "score.py"), "--gold", gold, "--pred", pred]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def figures(result):
    row = {"claim F1": result["claim"]["f1"], "claim P": result["claim"]["p"], "claim R": result["claim"]["r"],
           "full F1": result["full"]["f1"]}
    for name in ("target", "date", "source", "modality", "quote"):
        row[name] = result["fields"][name]
    return row


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", required=True)
    parser.add_argument("--pred", action="append", default=[])
    parser.add_argument("--cli", default=DEFAULT_CLI, help=f"how to start the console (default: {DEFAULT_CLI})")
    parser.add_argument("--keep", help="write the perturbed prediction files to this folder")
    parser.add_argument("--seed", type=int, default=20240707)
    args = parser.parse_args()

    folder = args.keep or tempfile.mkdtemp(prefix="scorer-check-")
    os.makedirs(folder, exist_ok=True)
    cases = [(os.path.basename(p), p) for p in args.pred]
    rng = random.Random(args.seed)
    for index, (name, claims) in enumerate(perturbations(gold_claims(args.gold), rng)):
        path = os.path.join(folder, f"perturbed-{index}.jsonl")
        write(path, claims)
        cases.append((name, path))

    worst = 0.0
    print(f"{'case':36} {'figure':10} {'console':>8} {'python':>8}")
    for name, path in cases:
        ours, theirs = figures(run_python(args.gold, path)), figures(run_cli(args.cli, args.gold, path))
        for figure, value in ours.items():
            gap = abs(value - theirs[figure])
            worst = max(worst, gap)
            mark = "  <-- differs" if gap > TOLERANCE else ""
            print(f"{name:36} {figure:10} {theirs[figure]:8.4f} {value:8.4f}{mark}")
    print(f"largest difference: {worst:.4f}")
    return 1 if worst > TOLERANCE else 0


if __name__ == "__main__":
    sys.exit(main())
