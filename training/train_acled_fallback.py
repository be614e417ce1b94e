"""Train the ACLED fallback classifier (newsevents issue 3).

    .venv/bin/python training/train_acled_fallback.py          # train, write the model, rebuild the manifest
    .venv/bin/python training/train_acled_fallback.py --cv     # also: leave-one-set-out CV, choose the threshold

A compact multinomial logistic regression (26 classes: the 25 ACLED sub-event types and
"none") over lower-cased word unigrams, bigrams and 5-letter word prefixes, trained by
full-batch gradient descent (Adam, L2) with numpy only; deterministic. Training data: the
project's own labelled ACLED report sets (TRAIN_SETS below; never the unseen sets 15/16/17/26-31/34-39/42/43/45-47
nor the dev set) and invented negative sentences (training/acled_negatives.v1.tsv).

The run-time threshold (the top label's probability above which the coder's fallback may
code an event, see events/acled_fallback.py) is chosen by leave-one-set-out cross-validation
on the training sets with ``--cv``: for each held-out set the model trained on the other sets
labels the reports the rule coder finds no ACLED event in (fixes) and the held-out negatives
(false alarms); the chosen threshold is the lowest one whose false-alarm rate on negatives is
at most ``MAX_FALSE_ALARMS``. Without ``--cv`` the curve of the last CV run (kept in the model
file) decides the threshold again (or DEFAULT_THRESHOLD when there is none).
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SETS_DIR = ROOT / "tests" / "events"
NEGATIVES = ROOT / "training" / "acled_negatives.v1.tsv"
OUT = ROOT / "src" / "newsevents" / "data" / "models" / "acled_fallback.v1.json"
TRAIN_SETS = (["acled_blind.v1.tsv"] + [f"acled_blind{i}.v1.tsv" for i in range(2, 15)]
              + [f"acled_blind{i}.v1.tsv" for i in range(18, 26)] + ["acled_blind32.v1.tsv", "acled_blind33.v1.tsv"]
              + ["acled_blind40.v1.tsv", "acled_blind41.v1.tsv", "acled_blind44.v1.tsv"]
              + ["acled_fresh.v1.tsv"])
NONE = "none"
SEED = 13
EPOCHS = 200
L2 = 1e-4
LR = 0.08
MIN_DF = 2
KEEP_WEIGHT = 0.02      # features whose largest |weight| is below this are dropped from the file
DEFAULT_THRESHOLD = 0.6
MAX_FALSE_ALARMS = 0.005   # invented negatives are easier than real news: keep a margin
N_NEG_FOLDS = len(TRAIN_SETS)

# The feature extractor must match events/acled_fallback.py exactly (it is imported from there).
sys.path.insert(0, str(ROOT / "src"))
from newsevents.events.acled_fallback import features  # noqa: E402


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t",
                                   quoting=csv.QUOTE_NONE))


def load() -> tuple[list[str], list[str], list[int], list[str]]:
    """texts, labels, fold ids, file names (fold i = TRAIN_SETS[i]; negatives spread over folds)."""
    texts, labels, folds = [], [], []
    for k, name in enumerate(TRAIN_SETS):
        for r in _rows(SETS_DIR / name):
            texts.append(r["text"])
            labels.append(r["sub_event_type"])
            folds.append(k)
    for i, r in enumerate(_rows(NEGATIVES)):
        texts.append(r["text"])
        labels.append(NONE)
        folds.append(i % N_NEG_FOLDS)
    return texts, labels, folds, [*TRAIN_SETS, NEGATIVES.name]


class Sparse:
    """Rows of binary features, L2-normalised, as flat index arrays (numpy only)."""

    def __init__(self, docs: list[list[int]], n_features: int, sizes: list[int]):
        self.n, self.d = len(docs), n_features
        self.rows = np.repeat(np.arange(self.n), [len(d) for d in docs])
        self.cols = np.fromiter((c for d in docs for c in d), dtype=np.int64, count=len(self.rows))
        # scaled by all distinct feature names of the text, in the vocabulary or not (as at run time)
        norms = np.array([max(n, 1) ** -0.5 for n in sizes])
        self.vals = norms[self.rows]
        order = np.argsort(self.cols, kind="stable")
        self.t_rows, self.t_cols, self.t_vals = self.rows[order], self.cols[order], self.vals[order]
        self.t_starts = np.flatnonzero(np.r_[True, self.t_cols[1:] != self.t_cols[:-1]]) if len(order) else order
        self.starts = np.flatnonzero(np.r_[True, self.rows[1:] != self.rows[:-1]]) if len(self.rows) else self.rows

    def dot(self, w: np.ndarray) -> np.ndarray:
        out = np.zeros((self.n, w.shape[1]))
        if len(self.rows):
            out[self.rows[self.starts]] = np.add.reduceat(w[self.cols] * self.vals[:, None], self.starts, axis=0)
        return out

    def tdot(self, g: np.ndarray) -> np.ndarray:
        out = np.zeros((self.d, g.shape[1]))
        if len(self.t_rows):
            out[self.t_cols[self.t_starts]] = np.add.reduceat(g[self.t_rows] * self.t_vals[:, None],
                                                              self.t_starts, axis=0)
        return out


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def fit(texts: list[str], y: list[int], n_classes: int):
    """(vocabulary, W, b) of an L2 logistic regression trained by full-batch Adam."""
    feats = [features(t) for t in texts]
    df: dict[str, int] = {}
    for f in feats:
        for k in set(f):
            df[k] = df.get(k, 0) + 1
    vocab = sorted(k for k, n in df.items() if n >= MIN_DF)
    index = {k: i for i, k in enumerate(vocab)}
    X = Sparse([sorted({index[k] for k in f if k in index}) for f in feats], len(vocab),
               [len(set(f)) for f in feats])
    Y = np.zeros((len(texts), n_classes))
    Y[np.arange(len(texts)), y] = 1.0
    rng = np.random.default_rng(SEED)
    W = rng.normal(0, 0.01, (len(vocab), n_classes))
    b = np.zeros(n_classes)
    mW, vW, mb, vb = np.zeros_like(W), np.zeros_like(W), np.zeros_like(b), np.zeros_like(b)
    b1, b2, eps = 0.9, 0.999, 1e-8
    for t in range(1, EPOCHS + 1):
        P = softmax(X.dot(W) + b)
        G = (P - Y) / len(texts)
        gW = X.tdot(G) + L2 * W
        gb = G.sum(axis=0)
        mW, vW = b1 * mW + (1 - b1) * gW, b2 * vW + (1 - b2) * gW * gW
        mb, vb = b1 * mb + (1 - b1) * gb, b2 * vb + (1 - b2) * gb * gb
        W -= LR * (mW / (1 - b1 ** t)) / (np.sqrt(vW / (1 - b2 ** t)) + eps)
        b -= LR * (mb / (1 - b1 ** t)) / (np.sqrt(vb / (1 - b2 ** t)) + eps)
    return vocab, W, b


def predict_proba(vocab, W, b, texts: list[str]) -> np.ndarray:
    index = {k: i for i, k in enumerate(vocab)}
    feats = [features(t) for t in texts]
    X = Sparse([sorted({index[k] for k in f if k in index}) for f in feats], len(vocab),
               [len(set(f)) for f in feats])
    return softmax(X.dot(W) + b)


def rule_labels(texts: list[str]) -> list[str | None]:
    """The rule coder's ACLED sub-event type per text (None when it codes none), fallback off."""
    from newsevents.events import acled_fallback
    from newsevents.errors import InputError
    acled_fallback.ENABLED = False
    from newsevents.evaluate.common import code_sentence
    out = []
    for text in texts:
        try:
            coded, _ = code_sentence(text, "2026-06-15")
        except InputError:
            out.append(None)
            continue
        labelled = [e for e in coded.events if e.acled and "negation" not in e.aux]
        out.append(labelled[0].acled["sub_event_type"] if labelled else None)
    return out


def cross_validate(texts, labels, folds, classes) -> tuple[float, dict]:
    y = np.array([classes.index(l) for l in labels])
    folds = np.array(folds)
    print("running the rule coder over the training texts ...", flush=True)
    rules = rule_labels(texts)
    probs = np.zeros((len(texts), len(classes)))
    for k in range(len(TRAIN_SETS)):
        train = np.flatnonzero(folds != k)
        test = np.flatnonzero(folds == k)
        vocab, W, b = fit([texts[i] for i in train], list(y[train]), len(classes))
        probs[test] = predict_proba(vocab, W, b, [texts[i] for i in test])
        print(f"  fold {k + 1}/{len(TRAIN_SETS)} {TRAIN_SETS[k]}", flush=True)
    pred = probs.argmax(axis=1)
    top = probs.max(axis=1)
    acc = float((pred == y).mean())
    event = y != classes.index(NONE)
    print(f"CV accuracy (26 classes, all rows): {acc:.3f}; ACLED rows {float((pred[event] == y[event]).mean()):.3f}; "
          f"negatives kept as none {float((pred[~event] == y[~event]).mean()):.3f}")
    missed = np.array([r is None for r in rules]) & event
    negs = np.array([r is None for r in rules]) & ~event
    curve = {}
    print(f"reports the rules miss: {int(missed.sum())}; negatives the rules leave eventless: {int(negs.sum())}")
    print("threshold  fixes(of missed)  false-alarms(of negatives)")
    for thr in np.arange(0.20, 0.96, 0.05):
        fires = (top >= thr) & (pred != classes.index(NONE))
        fixes = int((fires & missed & (pred == y)).sum())
        wrong = int((fires & missed & (pred != y)).sum())
        fa = int((fires & negs).sum())
        curve[f"{thr:.2f}"] = {"fixes": fixes, "wrong": wrong, "false_alarms": fa}
        print(f"  {thr:.2f}     {fixes:4d} (+{wrong} wrong)      {fa:4d} = {fa / max(negs.sum(), 1):.3f}")
    threshold = choose_threshold(curve, int(negs.sum()))
    return acc, {"threshold": threshold, "missed": int(missed.sum()), "negatives": int(negs.sum()),
                 "curve": curve, "accuracy": round(acc, 4)}


def choose_threshold(curve: dict, negatives: int) -> float:
    """The lowest threshold whose false-alarm rate on held-out negatives is <= MAX_FALSE_ALARMS."""
    ok = [float(t) for t, c in curve.items() if c["false_alarms"] / max(negatives, 1) <= MAX_FALSE_ALARMS]
    return min(ok) if ok else 0.95


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cv", action="store_true", help="leave-one-set-out CV; choose the threshold")
    args = ap.parse_args()
    texts, labels, folds, files = load()
    classes = sorted({l for l in labels if l != NONE}) + [NONE]
    assert len(classes) == 26, classes
    cv = None
    if args.cv:
        _, cv = cross_validate(texts, labels, folds, classes)
        threshold = cv["threshold"]
    elif OUT.exists():  # keep the last CV run's curve; re-choose its threshold under the current rule
        cv = json.loads(OUT.read_text("utf-8")).get("cv")
        threshold = choose_threshold(cv["curve"], cv["negatives"]) if cv else DEFAULT_THRESHOLD
        if cv:
            cv["threshold"] = threshold
    else:
        threshold = DEFAULT_THRESHOLD
    vocab, W, b = fit(texts, [classes.index(l) for l in labels], len(classes))
    keep = np.flatnonzero(np.abs(W).max(axis=1) >= KEEP_WEIGHT)
    model = {
        "version": 1,
        "description": "ACLED sub-event fallback: L2 multinomial logistic regression over lower-cased "
                       "word unigrams, bigrams and 5-letter prefixes (features() in events/acled_fallback.py)",
        "licence": "CC0, newsevents team (trained on the project's own report sets)",
        "date": dt.date.today().isoformat(),
        "script": "training/train_acled_fallback.py",
        "training_files": {(f"tests/events/{f}" if f != NEGATIVES.name else f"training/{f}"):
                           sha256(SETS_DIR / f if f != NEGATIVES.name else NEGATIVES) for f in files},
        "hyperparameters": {"epochs": EPOCHS, "l2": L2, "lr": LR, "min_df": MIN_DF, "seed": SEED,
                            "keep_weight": KEEP_WEIGHT},
        "threshold": threshold,
        "cv": cv,
        "classes": classes,
        "bias": [round(float(v), 4) for v in b],
        "vocabulary": [vocab[i] for i in keep],
        "weights": [[round(float(v), 3) for v in W[i]] for i in keep],
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(model, separators=(",", ":"), ensure_ascii=False) + "\n", "utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(keep)} of {len(vocab)} features, "
          f"{OUT.stat().st_size / 1e6:.2f} MB, threshold {threshold}")
    subprocess.run([sys.executable, "-m", "newsevents.datafiles"], check=True, cwd=ROOT)


if __name__ == "__main__":
    main()
