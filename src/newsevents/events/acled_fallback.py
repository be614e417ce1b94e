"""A small statistical fallback for ACLED sub-event types (issue 3).

``predict(text)`` -> (label, probability): the most probable of the 25 ACLED sub-event types
or ``"none"``, from a linear model over lower-cased word unigrams, bigrams and 5-letter word
prefixes. The weights (data/models/acled_fallback.v1.json) are trained by
training/train_acled_fallback.py on the project's own labelled report sets and invented
negatives; they are loaded once, on first use. The coder asks it only about sentences its
rules code no ACLED event in (coder._fallback_candidates).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from ..datafiles import read_json, read_tsv
from ..nlp.doc_views import span_tokens
from .roles import ATTRIBUTION_LEMMAS

MODEL_FILE = "models/acled_fallback.v1.json"
RULES_FILE = "ontology/plover2acled.v1.tsv"
RULE = "acled-fallback"   # evidence rule of the events it codes
MAX_CONFIDENCE = 0.5
NONE = "none"
ENABLED = True   # the training script turns the fallback off to see what the rules alone code
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+")


def features(text: str) -> list[str]:
    """Feature names of a text: words, adjacent word pairs and 5-letter prefixes of longer
    words (a cheap stand-in for lemmas: "abducted"/"abduction" -> "abduc"); digits fold to 0."""
    words = ["0" if w[0].isdigit() else w for w in _WORD.findall(text.lower())]
    out = [f"w:{w}" for w in words]
    out += [f"b:{a}_{b}" for a, b in zip(words, words[1:])]
    out += [f"p:{w[:5]}" for w in words if len(w) > 5]
    return out


@dataclass(frozen=True)
class Model:
    classes: tuple[str, ...]
    bias: tuple[float, ...]
    index: dict[str, int]
    weights: list[list[float]]
    threshold: float
    source: str


@lru_cache(maxsize=1)
def get_model() -> Model:
    doc = read_json(MODEL_FILE)
    return Model(classes=tuple(doc["classes"]), bias=tuple(doc["bias"]),
                 index={f: i for i, f in enumerate(doc["vocabulary"])}, weights=doc["weights"],
                 threshold=float(doc["threshold"]), source=MODEL_FILE)


def probabilities(text: str) -> dict[str, float]:
    """Class -> probability for one text."""
    model = get_model()
    names = set(features(text))
    hits = {model.index[f] for f in names if f in model.index}
    scale = 1.0 / math.sqrt(len(names)) if names else 0.0  # every feature counts, kept in the file or not
    scores = list(model.bias)
    for i in hits:
        for k, w in enumerate(model.weights[i]):
            scores[k] += w * scale
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return {c: e / total for c, e in zip(model.classes, exps)}


def predict(text: str) -> tuple[str, float]:
    """(label, probability) of the most probable class; label is an ACLED sub-event type or "none"."""
    probs = probabilities(text)
    label = max(probs, key=probs.get)
    return label, probs[label]


@lru_cache(maxsize=None)
def _readings() -> dict[str, tuple[tuple[str, ...], str | None, str, str]]:
    """ACLED sub-event type -> (PLOVER type, mode, CAMEO prefix, event type) of the first row of
    plover2acled.v1.tsv that gives it, preferring rows with no condition (COERCE/curfew for
    "Other", not a coup's ASSAULT)."""
    out: dict[str, tuple[tuple[str, ...], str | None, str, str]] = {}
    plain: dict[str, tuple[tuple[str, ...], str | None, str, str]] = {}
    for row in read_tsv(RULES_FILE):
        sub = row["sub_event_type"].strip()
        reading = (tuple(p.strip() for p in row["plover"].split("|")), (row["mode"].split("|")[0].strip() or None),
                   row["cameo"].strip(), row["event_type"].strip())
        out.setdefault(sub, reading)
        if not row["condition"].strip():
            plain.setdefault(sub, reading)
    return {**out, **plain}


def plover_reading(label: str, ontology, lexicon=None, sent=None) -> tuple[str, str | None, str] | None:
    """(PLOVER type, mode, CAMEO code) an event of ACLED sub-event type ``label`` is coded as.
    When the table's row allows several types ("ASSAULT|COERCE|MOBILIZE" for a disrupted weapons
    use), the first one a lexicon word of the sentence signals ("seized" -> COERCE), else the first."""
    reading = _readings().get(label)
    if reading is None:
        return None
    plovers, mode, cameo, _ = reading
    plover = plovers[0]
    if len(plovers) > 1 and lexicon is not None and sent is not None:
        said = set().union(*(_types(t, lexicon) for t in _act_words(sent)))
        plover = next((p for p in plovers if p in said), plover)
    if not cameo:
        cameo = ontology.default_cameo(plover, mode) if ontology is not None else ""
    return plover, mode, cameo


def acled_label(label: str, ontology=None) -> dict[str, str] | None:
    """{"event_type", "sub_event_type"} for a predicted sub-event type."""
    if ontology is not None:
        event_type = next((et for et, subs in ontology.acled_types.items() if label in subs), None)
    else:
        event_type = (_readings().get(label) or (None, None, None, None))[3]
    return {"event_type": event_type, "sub_event_type": label} if event_type else None


def trigger_tokens(sent, lexicon, plover: str, limit: int = 3) -> list:
    """The words an event the model found may hang on, best first: the verbs and nouns (not
    denied) whose lemma the trigger lexicon lists for ``plover``; with none, the first word the
    lexicon lists for any type, then the sentence root (past a reporting verb, its clause:
    "X did Y, police said"). The coder takes the first one it can build an event on ("nine
    fighters were killed as X and Y traded fire": the exchange of fire has the two sides)."""
    words = _act_words(sent)
    listed = [t for t in words if t.lemma_.lower() in lexicon.verbs or lexicon.names_act(t)]
    typed = [t for t in listed if plover in _types(t, lexicon)]
    if typed:
        return typed[:limit]
    root = sent.root
    if root.lemma_.lower() in REPORTING:
        root = next((c for c in root.children if c.dep_ in ("ccomp", "parataxis")), root)
    return listed[:1] + [root] if listed[:1] != [root] else [root]


def _act_words(sent) -> list:
    """Verbs and nouns that may name the act: not denied, and not the participle of a hyphenated
    modifier ("the Kurdish-led SDF", "HTS-led fighters")."""
    return [t for t in span_tokens(sent) if t.pos_ in ("VERB", "NOUN") and not _negated(t)
            and not (t.dep_ == "amod" and t.i > 0 and t.nbor(-1).text == "-")]


def _negated(token) -> bool:
    """"no fighting was reported", "did not attack": a word the sentence denies."""
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in token.children)


def _types(token, lexicon) -> set[str]:
    lemma = token.lemma_.lower()
    # "mortar rounds" names a weapon, not the act of mortaring; otherwise the tagger's part of
    # speech is not trusted ("fighting" as a noun or a verb)
    verbs = [] if token.dep_ == "compound" else lexicon.verbs.get(lemma, [])
    nouns = lexicon.nouns.get(lemma, []) if lexicon.names_act(token) else []
    return {e.plover for e in verbs + nouns}


# Verbs of attribution, and two a report's root may be besides ("claimed", "showed").
REPORTING = ATTRIBUTION_LEMMAS | {"claim", "show"}
