"""A paragraph break starts a sentence; a hard-wrapped line break does not."""
from newsevents.nlp.paragraphs import mark_paragraph_starts


def _first_words(doc):
    return [sent[0].text if not sent[0].is_space else sent[1].text for sent in doc.sents]


def test_headline_without_full_stop_is_its_own_sentence(nlp):
    doc = nlp("Army retakes border town from rebels, says minister\n\n"
              "Government troops recaptured the town of Makeni on Sunday after two days of fighting.")
    assert _first_words(doc) == ["Army", "Government"]


def test_single_line_break_between_paragraphs_starts_a_sentence(nlp):
    doc = nlp("By our correspondent in Goma\n"
              "Rebels shelled the airport on Tuesday, aid workers said.")
    assert _first_words(doc) == ["By", "Rebels"]


def test_hard_wrapped_lines_stay_one_sentence(nlp):
    text = ("Rebel fighters who had surrounded the northern town for most of the\n"
            "week withdrew on Thursday after talks with elders, residents said,\n"
            "and government troops moved back into the barracks they had left\n"
            "a month earlier when the offensive began in the surrounding hills.\n")
    doc = nlp(text)
    assert len(list(doc.sents)) == 1
    assert len(list(nlp("\n\n".join([text, text])).sents)) == 2


def test_text_without_line_breaks_is_left_alone(nlp):
    doc = nlp.make_doc("Troops shelled the town. Residents fled.")
    assert mark_paragraph_starts(doc) is doc
    assert all(tok.is_sent_start is None for tok in doc[1:])


def test_wire_dateline_is_not_part_of_the_first_sentence(nlp):
    doc = nlp("Police fire tear gas at protesters\n\n"
              "NAIROBI, June 25 (Wire) - Kenyan police fired tear gas at protesters on Wednesday.")
    assert _first_words(doc) == ["Police", "NAIROBI", "Kenyan"]
    subject = next(t for t in doc if t.dep_ == "nsubj" and t.head.text == "fired")
    assert subject.text == "police"


def test_capitalised_words_and_a_dash_inside_a_sentence_are_no_dateline(nlp):
    doc = nlp("The president - who was tired - left the summit early.")
    assert len(list(doc.sents)) == 1


def test_dateline_with_a_country_and_a_date_ends_before_the_story():
    from newsevents.nlp.dateline import dateline_end

    text = "BUNIA, Democratic Republic of Congo, April 23 (Example Wire) - Rebels attacked a camp."
    assert text[dateline_end(text):].startswith("Rebels attacked")
    assert dateline_end("Rebels, soldiers and police clashed near Goma - a town in the east.") == 0


def test_colon_dateline_is_not_part_of_the_first_sentence(nlp):
    doc = nlp("Kandahar, Afghanistan: Taliban fighters detained two aid workers on Sunday.")
    assert _first_words(doc) == ["Kandahar", "Taliban"]


def test_headline_with_colon_is_no_dateline(nlp):
    doc = nlp("Rebels seize mine near Walikale: fighters overran the site on Friday, workers said.")
    assert _first_words(doc) == ["Rebels"]
