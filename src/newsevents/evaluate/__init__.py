"""`newsevents eval`: score the coder on development datasets.

``run_eval(name, path=None, limit=None)`` -> report dict
{"dataset", "n", "metrics": {name: value}, "tables": {...}, "notes": [...]}.
Each dataset module exposes ``run(path, limit=None) -> dict``; paths default to
../shared/data (for measurement only: nothing from there is shipped).
"""
from __future__ import annotations

import importlib
import inspect
from dataclasses import dataclass
from pathlib import Path

from ..errors import UsageError

SHARED = Path("../shared/data")


@dataclass(frozen=True)
class DatasetSpec:
    module: str
    default_path: str
    description: str


DATASETS = {
    "plover-gsr": DatasetSpec("plover_gsr", "plover_gsr/PLOVER_GSR_CAMEO.txt",
                              "PLOVER gold records: event type, actor/recipient country"),
    "cameo-class": DatasetSpec("cameo_class", "conflibert_cameo/cameo_class/train.tsv",
                               "Multi-CoPED 5-class CAMEO grouping, macro-F1"),
    "cameo-ner": DatasetSpec("cameo_ner", "conflibert_cameo/cameo_ner/train.txt",
                             "Multi-CoPED source/target span token-F1"),
    "acled-dev": DatasetSpec("acled_dev", "package:eval/acled_dev.v1.tsv",
                             "our own ACLED sub-event development snippets, accuracy"),
    "petrarch": DatasetSpec("petrarch", "petrarch_validation/PETR.UnitTest.records.xml",
                            "PETRARCH validation suite: event class and role order"),
    "bbc-control": DatasetSpec("bbc_control", "bbc_news/bbc_fulltext.jsonl",
                               "BBC sport/tech/entertainment: asserted conflict events per article"),
    "event-location": DatasetSpec("event_location", "event_location/labeled_text_dev.jsonl.gz",
                                  "event verb -> location span linking, token F1"),
    "muc4": DatasetSpec("muc4", "muc4", "MUC-4 dev: casualty agreement"),
    "polnear": DatasetSpec("polnear", "polnear", "PolNeAR dev attributions: content F1, speaker accuracy"),
    "golden": DatasetSpec("golden", "repo:tests/golden/expected.v1.json",
                          "bundled sample articles vs hand-written expectations"),
    "actors": DatasetSpec("actors_suite", "package-tests:actors/mentions.v1.tsv",
                          "our own actor mention suite: code+sector accuracy"),
}


def resolve_path(spec: DatasetSpec, path: str | None) -> Path:
    if path:
        return Path(path)
    if spec.default_path.startswith("package:"):
        from ..datafiles import data_root
        return data_root() / spec.default_path.split(":", 1)[1]
    if spec.default_path.startswith("package-tests:"):
        return Path(__file__).resolve().parents[3] / "tests" / spec.default_path.split(":", 1)[1]
    if spec.default_path.startswith("repo:"):
        return Path(__file__).resolve().parents[3] / spec.default_path.split(":", 1)[1]
    return SHARED / spec.default_path


def run_eval(name: str, path: str | None = None, *, limit: int | None = None) -> dict:
    spec = DATASETS.get(name)
    if spec is None:
        raise UsageError(f"Unknown dataset '{name}'. Available: {', '.join(sorted(DATASETS))}")
    data = resolve_path(spec, path)
    if not data.exists():
        raise UsageError(f"Dataset file not found: {data} (pass PATH explicitly)")
    module = importlib.import_module(f"{__name__}.{spec.module}")
    params = inspect.signature(module.run).parameters
    kwargs = {"limit": limit}
    if "nlp" in params:  # component evaluations take the shared pipeline only
        from .common import shared_coder
        kwargs["nlp"] = shared_coder().nlp
    if "speakers_factory" in params:
        from .common import shared_coder
        coder = shared_coder()
        kwargs["speakers_factory"] = lambda doc: coder.actors.for_article(doc, None)
    report = module.run(data, **kwargs)
    report.setdefault("dataset", name)
    report.setdefault("path", str(data))
    return report
