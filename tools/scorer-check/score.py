#!/usr/bin/env python3
"""Independent claim scorer written from ANNOTATION.md section 5 alone.

It exists to cross-check the library's scorer (RuLatAm.Claims.Evaluation): both read the same
guideline, so where their figures differ one of them has misread it. Standard library only.

Usage: python3 score.py --gold DIR --pred FILE   (prints micro and per-document figures as JSON)
"""

import argparse
import glob
import json
import os
import re
import sys
import unicodedata

# Section 3.1: metonyms map to their state. Keys are already normalised (see normalise_name).
METONYMS = {
    "kremlin": "russia",
    "moscow": "russia",
    "washington": "united states",
    "white house": "united states",
    "havana": "cuba",
}

# Leading titles removed before names are compared (section 5.2). Multi-word titles are listed as word
# tuples and tried longest first, so "prime minister" goes before "minister".
TITLES = sorted(
    (tuple(t.split()) for t in [
        "president", "vice president", "prime minister", "deputy prime minister", "foreign minister",
        "deputy foreign minister", "defense minister", "defence minister", "minister", "deputy minister",
        "secretary of state", "secretary", "chancellor", "ambassador", "senator", "sen",
        "representative", "rep", "governor", "general", "gen", "admiral", "colonel", "commander",
        "king", "queen", "prince", "pope", "mr", "mrs", "ms", "dr",
        "presidential aide", "aide", "spokesman", "spokeswoman", "spokesperson", "former", "the",
        "premier", "chairman", "leader", "supreme leader", "sir", "gov", "col", "adm", "lt", "first deputy",
        "secretary general", "general secretary", "acting",
    ]),
    key=len,
    reverse=True,
)

WORD = re.compile(r"[^\W_]+")  # runs of letters and digits


def normalise_name(name):
    """Lower-cases, removes accents and leading titles, and maps metonyms to their state."""
    decomposed = unicodedata.normalize("NFKD", name.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    # Punctuation is not part of a name: "U.S." is "US", "Diaz-Canel" is "Diaz Canel", "Peru; Chile" is "Peru, Chile".
    plain = re.sub(r"[.'\u2019]", "", plain)
    words = re.sub(r"[\W_]+", " ", plain).split()
    stripped = True
    while stripped and words:
        stripped = False
        for title in TITLES:
            # A title goes only when a name follows it: "President" alone stays a name.
            if len(words) > len(title) and tuple(words[: len(title)]) == title:
                words = words[len(title):]
                stripped = True
                break
    key = " ".join(words)
    return METONYMS.get(key, key)


def names_match(a, b):
    """Section 5.2: equal after normalising, or one is the other's last-name suffix."""
    if a is None or b is None:
        return False
    x, y = normalise_name(a).split(), normalise_name(b).split()
    if not x or not y:
        return False
    if x == y:
        return True
    shorter, longer = (x, y) if len(x) < len(y) else (y, x)
    return len(shorter) < len(longer) and longer[-len(shorter):] == shorter


def spans_overlap(a, b):
    """Half-open spans overlap when they share at least one character; adjacent spans do not."""
    return a["start"] < b["end"] and b["start"] < a["end"]


def canonical_or_text(mention):
    return mention.get("canonical") or mention.get("text")


def actor_match(p, g):
    return names_match(canonical_or_text(p["actor"]), canonical_or_text(g["actor"]))


def trigger_match(p, g):
    return spans_overlap(p["action"], g["action"])


def target_agrees(p, g):
    pt, gt = p.get("target"), g.get("target")
    if pt is None and gt is None:
        return True
    if pt is None or gt is None:
        return False
    if spans_overlap(pt, gt):
        return True
    return names_match(pt.get("canonical"), gt.get("canonical"))


def date_value(claim):
    date = claim.get("date")
    return None if date is None else date.get("value")


def date_agrees(p, g):
    return date_value(p) == date_value(g)


def source_agrees(p, g):
    ps, gs = p.get("source"), g.get("source")
    if ps is None and gs is None:
        return True
    if ps is None or gs is None:
        return False
    return names_match(canonical_or_text(ps), canonical_or_text(gs))


def modality_agrees(p, g):
    return p.get("modality") == g.get("modality")


def quote_text(claim):
    quote = claim.get("quote")
    if quote is None:
        return None
    return quote.get("text") if isinstance(quote, dict) else quote


def token_f1(a, b):
    ta = WORD.findall(a.lower())
    tb = WORD.findall(b.lower())
    if not ta and not tb:
        return 1.0
    if not ta or not tb:
        return 0.0
    counts = {}
    for t in tb:
        counts[t] = counts.get(t, 0) + 1
    common = 0
    for t in ta:
        if counts.get(t, 0) > 0:
            counts[t] -= 1
            common += 1
    if common == 0:
        return 0.0
    precision, recall = common / len(ta), common / len(tb)
    return 2 * precision * recall / (precision + recall)


def quote_agrees(p, g):
    pq, gq = quote_text(p), quote_text(g)
    if pq is None and gq is None:
        return True
    if pq is None or gq is None:
        return False
    return token_f1(pq, gq) >= 0.8


FIELDS = {
    "target": target_agrees,
    "date": date_agrees,
    "source": source_agrees,
    "modality": modality_agrees,
    "quote": quote_agrees,
}


def text_order(claims):
    # sorted() is stable, so claims sharing an action span (joint actors) keep their file order.
    return sorted(claims, key=lambda c: (c["action"]["start"], c["action"]["end"]))


def match(gold, pred):
    """Section 5.3: one-to-one, greedy in text order; each gold claim takes the first free prediction."""
    pairs = []
    used = [False] * len(pred)
    for g in gold:
        for i, p in enumerate(pred):
            if not used[i] and trigger_match(p, g) and actor_match(p, g):
                used[i] = True
                pairs.append((p, g))
                break
    return pairs


def prf(matched, n_pred, n_gold):
    p = matched / n_pred if n_pred else 0.0
    r = matched / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f}


def score_document(gold, pred):
    pairs = match(text_order(gold), text_order(pred))
    agree = {name: sum(1 for p, g in pairs if rule(p, g)) for name, rule in FIELDS.items()}
    full = sum(1 for p, g in pairs if target_agrees(p, g) and date_agrees(p, g) and source_agrees(p, g))
    return {"gold": len(gold), "pred": len(pred), "matched": len(pairs), "full": full, "agree": agree}


def summarise(counts):
    matched = counts["matched"]
    return {
        "gold": counts["gold"],
        "predicted": counts["pred"],
        "matched": matched,
        "claim": prf(matched, counts["pred"], counts["gold"]),
        "full": prf(counts["full"], counts["pred"], counts["gold"]),
        "fields": {name: (n / matched if matched else 0.0) for name, n in counts["agree"].items()},
    }


def read_jsonl(path):
    claims = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                claims.append(json.loads(line))
            except json.JSONDecodeError as e:
                sys.exit(f"{path}:{number}: not JSON ({e.msg})")
    return claims


def read_gold(folder):
    documents = {}
    for path in sorted(glob.glob(os.path.join(folder, "*.jsonl"))):
        claims = read_jsonl(path)
        doc = claims[0]["document"] if claims else os.path.splitext(os.path.basename(path))[0]
        documents[doc] = claims
    return documents


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", required=True, help="folder of gold <id>.jsonl files")
    parser.add_argument("--pred", required=True, help="predicted claims, JSON Lines")
    args = parser.parse_args()
    if not os.path.isdir(args.gold):
        sys.exit(f"gold folder '{args.gold}' does not exist")
    gold = read_gold(args.gold)
    predicted = {}
    for claim in read_jsonl(args.pred):
        predicted.setdefault(claim["document"], []).append(claim)
    ignored = sorted(set(predicted) - set(gold))
    if ignored:
        print(f"predictions for documents without gold ignored: {', '.join(ignored)}", file=sys.stderr)

    total = {"gold": 0, "pred": 0, "matched": 0, "full": 0, "agree": {name: 0 for name in FIELDS}}
    documents = {}
    for doc in sorted(gold):
        counts = score_document(gold[doc], predicted.get(doc, []))
        documents[doc] = summarise(counts)
        for key in ("gold", "pred", "matched", "full"):
            total[key] += counts[key]
        for name in FIELDS:
            total["agree"][name] += counts["agree"][name]
    result = summarise(total)
    result["documents"] = documents
    json.dump(result, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
