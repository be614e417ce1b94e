"""The statistical ACLED fallback (events/acled_fallback.py) and its hook in the coder."""
from __future__ import annotations

import hashlib

import pytest

from newsevents.datafiles import data_root, manifest
from newsevents.events import acled_fallback
from newsevents.events.acled_fallback import MODEL_FILE, features, get_model, plover_reading, predict
from newsevents.events.ontology import get_ontology


def test_model_loads_and_matches_manifest():
    raw = (data_root() / MODEL_FILE).read_bytes()
    assert manifest()[MODEL_FILE]["sha256"] == hashlib.sha256(raw).hexdigest()
    model = get_model()
    assert len(model.classes) == 26 and acled_fallback.NONE in model.classes
    assert len(model.bias) == 26 and all(len(row) == 26 for row in model.weights[:50])
    assert 0.0 < model.threshold < 1.0
    assert len(raw) < 3_500_000


def test_features_are_cheap_words_pairs_and_prefixes():
    got = features("Rebels abducted 12 villagers.")
    assert "w:rebels" in got and "b:abducted_0" in got and "p:abduc" in got


def test_every_sub_event_type_has_a_plover_reading():
    ont = get_ontology()
    for subs in ont.acled_types.values():
        for sub in subs:
            plover, _, cameo = plover_reading(sub, ont)
            assert plover in ont.plover_types and cameo


@pytest.mark.parametrize("text", [
    "The quarterly results beat analysts' forecasts, the company said.",
    "The orchestra will tour four cities in the spring.",
])
def test_plain_news_is_none(text):
    label, _ = predict(text)
    assert label == acled_fallback.NONE


def _labels(text):
    from newsevents.evaluate.common import code_sentence
    coded, _ = code_sentence(text, "2026-06-15")
    return [e for e in coded.events if e.acled]


@pytest.mark.parametrize("text, label", [
    # verbs and paraphrases the trigger lexicon does not list
    ("Crowds of demonstrators sang and waved flags outside the parliament in Tbilisi on Sunday.",
     "Peaceful protest"),
    ("Militia fighters poured a toxic gas into the trenches of the rival faction near Kharkiv, "
     "leaving dozens of fighters choking.", "Chemical weapon"),
])
def test_fallback_codes_sentences_the_rules_miss(text, label):
    events = _labels(text)
    assert events, "no ACLED event"
    assert any(e.acled["sub_event_type"] == label for e in events)
    fallback = [e for e in events if e.evidence["rule"] == acled_fallback.RULE]
    for e in fallback:
        assert e.evidence["lexicon"].startswith("models/acled_fallback.v1.json:")
        assert any(n.startswith("acled-fallback:p=") for n in e.evidence["notes"])
        assert e.confidence <= 0.5


def test_rules_alone_miss_the_fallback_sentence(monkeypatch):
    monkeypatch.setattr(acled_fallback, "ENABLED", False)
    assert not _labels("Crowds of demonstrators sang and waved flags outside the parliament in Tbilisi on Sunday.")
    assert not _labels("Militia fighters poured a toxic gas into the trenches of the rival faction near Kharkiv, "
                       "leaving dozens of fighters choking.")


def test_non_political_sentence_stays_eventless():
    assert not _labels("The striker fired two shots past the keeper as the visitors stormed to a "
                       "4-0 win in the derby on Saturday.")


def _sentence(text):
    from newsevents.evaluate.common import shared_coder
    return list(shared_coder().nlp(text).sents)[0]


def test_trigger_skips_denied_words():
    from newsevents.events.lexicon import get_lexicon
    sent = _sentence("The rebels left the town peacefully and no fighting was reported.")
    plover, _, _ = plover_reading("Non-violent transfer of territory", get_ontology(), get_lexicon(), sent)
    assert acled_fallback.trigger_tokens(sent, get_lexicon(), plover)[0].lower_ != "fighting"


def test_plover_type_follows_the_sentence_when_the_table_allows_several():
    from newsevents.events.lexicon import get_lexicon
    sent = _sentence("Soldiers seized a hidden stock of rifles and mortar rounds in a barn near Goma.")
    plover, _, _ = plover_reading("Disrupted weapons use", get_ontology(), get_lexicon(), sent)
    assert plover == "COERCE"
    assert plover_reading("Disrupted weapons use", get_ontology())[0] == "ASSAULT"  # the table's first


def test_hyphenated_participle_is_no_act():
    # "Turkish-backed", "HTS-led": a modifier's participle neither picks the type nor hangs the event
    from newsevents.events.lexicon import get_lexicon
    sent = _sentence("The Turkish-led faction handed the village over to government troops, with no fighting reported.")
    plover, _, _ = plover_reading("Non-violent transfer of territory", get_ontology(), get_lexicon(), sent)
    assert plover != "ASSAULT"
    words = [t.lower_ for t in acled_fallback.trigger_tokens(sent, get_lexicon(), plover)]
    assert "led" not in words


def test_trigger_tokens_offer_every_word_of_the_type_in_order():
    from newsevents.events.lexicon import get_lexicon
    sent = _sentence("Two villagers were killed when gunmen attacked a bus near the market, police said.")
    words = [t.lemma_.lower() for t in acled_fallback.trigger_tokens(sent, get_lexicon(), "ASSAULT")]
    assert words[:2] == ["kill", "attack"]
    assert acled_fallback.trigger_tokens(sent, get_lexicon(), "ASSAULT")[0].lemma_.lower() == "kill"


def test_fallback_noun_subject_is_not_its_own_actor():
    # "fighting" is the subject of "erupted", not the object of a light verb: the head's subject
    # (the noun itself) must not become the actor
    from newsevents.events.coder import _fallback_roles
    from newsevents.events.lexicon import get_lexicon
    sent = _sentence("Heavy fighting erupted near the town on Monday.")
    tok = next(t for t in sent if t.lower_ == "fighting")
    roles = _fallback_roles(tok, "ASSAULT", get_lexicon())
    assert all(t.i != tok.i for t in roles.actors)


def test_fallback_noun_object_of_light_verb_takes_its_subject():
    from newsevents.events.coder import _fallback_roles
    from newsevents.events.lexicon import get_lexicon
    sent = _sentence("Militiamen staged a raid on the village.")
    tok = next(t for t in sent if t.lower_ == "raid")
    assert [t.lower_ for t in _fallback_roles(tok, "ASSAULT", get_lexicon()).actors] == ["militiamen"]
