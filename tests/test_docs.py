"""The docs are complete: README.md documents every command, docs/output.md every output key.

No model is loaded: commands come from the click group, keys from the JSON Schema and from
records built by hand. The CLI reference in README.md is generated text; after changing a
command, refresh it with ``.venv/bin/python tests/test_docs.py``.
"""
from __future__ import annotations

import re
import shlex
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsevents.cli import main
from newsevents.records import DateAttr, Entity, Event, EventLoc, Quote, Size
from newsevents.schema import output_schema

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
OUTPUT_DOC = ROOT / "docs" / "output.md"
MAKEFILE = ROOT / "Makefile"

# Help is rendered at a fixed width so the generated text does not depend on the terminal.
HELP_WIDTH = 80
# "<!-- generated: newsevents kb --help -->" followed by a ```text block: "$ command", output.
GENERATED_BLOCK = re.compile(r"<!-- generated: (?P<command>[^>]+?) -->\n```text\n(?P<body>.*?)```\n", re.S)
# The evidence keys the output contract promises to explain (issue 2, section 4).
EVIDENCE_KEYS = ("rule", "lexicon", "trigger", "roles", "actor_resolution", "recipient_resolution",
                 "modality", "notes", "sentences", "quote_id")
# Linked from README.md but written in another change; checked once the file exists.
WRITTEN_ELSEWHERE = {"docs/benchmarks.md"}


# -- helpers ----------------------------------------------------------------------------
def run_cli(command: str) -> str:
    """Output of ``newsevents ARGS`` as a user sees it, for a generated README block."""
    args = shlex.split(command)[1:]
    result = CliRunner().invoke(main, args, prog_name="newsevents", terminal_width=HELP_WIDTH)
    assert result.exit_code == 0, f"{command!r} failed: {result.output}"
    return result.output


def expected_block(command: str) -> str:
    return f"$ {command}\n{run_cli(command)}"


def generated_blocks(text: str) -> dict[str, str]:
    """{command: body} for every generated block in ``text``."""
    return {m["command"]: m["body"] for m in GENERATED_BLOCK.finditer(text)}


def refresh_generated_blocks(text: str) -> str:
    """``text`` with every generated block replaced by the command's current output."""
    def fresh(match: re.Match) -> str:
        command = match["command"]
        return f"<!-- generated: {command} -->\n```text\n{expected_block(command)}```\n"
    return GENERATED_BLOCK.sub(fresh, text)


def section(text: str, heading: str) -> str:
    """The body of the ``## heading`` section (up to the next ## heading)."""
    match = re.search(rf"^## {re.escape(heading)}\b.*?$(?P<body>.*?)(?=^## |\Z)", text, re.M | re.S)
    assert match, f"no '## {heading}' section"
    return match["body"]


def documented_keys(section_text: str) -> set[str]:
    """Keys named in the first cell of the section's table rows (`size.dead` counts as dead)."""
    keys = set()
    for line in section_text.splitlines():
        if line.startswith("| `"):
            first_cell = line.split("|")[1]
            keys.update(name.rsplit(".", 1)[-1] for name in re.findall(r"`([^`]+)`", first_cell))
    return keys


def first_code_block(text: str) -> tuple[int, list[str]]:
    """(offset, lines) of the first fenced code block in ``text``."""
    match = re.search(r"^```[a-z]*\n(?P<body>.*?)^```", text, re.M | re.S)
    assert match, "no code block"
    return match.start(), match["body"].splitlines()


def starts_with_two_commands(text: str) -> bool:
    """True if the first code block, before any ## section, is `make demo` then `make test`."""
    offset, lines = first_code_block(text)
    commands = [line.split("#")[0].strip() for line in lines if line.strip()]
    first_section = text.find("\n## ")
    return commands[:2] == ["make demo", "make test"] and (first_section == -1 or offset < first_section)


def sample_event() -> Event:
    """A hand-built event, so the test sees every key ``Event.to_dict()`` writes."""
    entity = Entity(code="RUS", sector="MIL", entity_text="Russian forces", start=0, end=14)
    return Event(
        id="0123456789abcdef", event="ASSAULT", mode="heavy-weapons", context=(), cameo="194",
        quad_code=4, goldstein=-10.0, event_scale=-9.3, actor=(entity,), recipient=(),
        date=DateAttr("2026-03-02", None, "day", "Monday", 34, 40, "relative-weekday:past", 1, 1),
        event_loc=EventLoc("Kharkiv", "Kharkiv", 706483, 49.98, 36.25, "Kharkiv Oblast", "Ukraine",
                           "UKR", 4, 23, 30, "object:trigger-subtree"),
        size=Size(dead=3), aux=(), acled=None, event_text="shelled", text="Russian forces shelled.",
        sequence=0, start=0, end=23, confidence=0.9, coder="newsevents 0.1.0",
        evidence={"rule": "verb"})


# -- README -----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def readme() -> str:
    return README.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def output_doc() -> str:
    return OUTPUT_DOC.read_text(encoding="utf-8")


def test_readme_starts_with_the_two_commands(readme):
    assert starts_with_two_commands(readme)


def test_makefile_has_demo_and_test_targets():
    makefile = MAKEFILE.read_text(encoding="utf-8")
    targets = set(re.findall(r"^([A-Za-z_-]+):", makefile, re.M))
    assert {"demo", "test"} <= targets


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_is_in_readme(readme, name):
    assert f"newsevents {name}" in readme


@pytest.mark.parametrize("name", sorted(main.commands["kb"].commands))
def test_every_kb_subcommand_is_in_readme(readme, name):
    assert f"newsevents kb {name}" in readme


def test_every_eval_dataset_is_in_readme(readme):
    from newsevents.evaluate import DATASETS

    missing = [name for name in DATASETS if not re.search(rf"^{re.escape(name)}\s", readme, re.M)]
    assert "newsevents eval list" in readme
    assert missing == []


def test_every_command_has_generated_help(readme):
    blocks = generated_blocks(readme)
    wanted = {"newsevents --help", "newsevents eval list"}
    wanted |= {f"newsevents {name} --help" for name in main.commands}
    wanted |= {f"newsevents kb {name} --help" for name in main.commands["kb"].commands}
    missing = sorted(wanted - set(blocks))
    assert missing == [], ("add an empty '<!-- generated: COMMAND -->' + ```text block to README.md "
                           "for each, then run .venv/bin/python tests/test_docs.py")


def test_generated_blocks_are_current(readme):
    stale = [command for command, body in generated_blocks(readme).items()
             if body != expected_block(command)]
    assert stale == [], "README.md is out of date; run .venv/bin/python tests/test_docs.py"


def test_readme_links_resolve(readme):
    links = re.findall(r"\]\((?!https?:|#)([^)#]+)", readme)
    missing = [link for link in links if not (ROOT / link).exists() and link not in WRITTEN_ELSEWHERE]
    assert {"docs/output.md", "docs/kb.md", "docs/errors.md", "docs/benchmarks.md"} <= set(links)
    assert missing == []


# -- docs/output.md ---------------------------------------------------------------------
def test_every_event_key_is_documented(output_doc):
    schema_keys = set(output_schema()["$defs"]["event"]["properties"])
    record_keys = set(sample_event().to_dict())
    assert sorted((schema_keys | record_keys) - documented_keys(section(output_doc, "EVENT"))) == []


def test_every_entity_key_is_documented(output_doc):
    schema_keys = set(output_schema()["$defs"]["entity"]["properties"])
    record_keys = set(sample_event().actor[0].to_dict())
    assert sorted((schema_keys | record_keys) - documented_keys(section(output_doc, "ENTITY"))) == []


def test_every_quote_key_is_documented(output_doc):
    schema_keys = set(output_schema()["$defs"]["quote"]["properties"])
    quote = Quote(id="q", speaker=None, cue="said", text="x", direct=True, start=0, end=1, sentence=0)
    assert sorted((schema_keys | set(quote.to_dict())) - documented_keys(section(output_doc, "QUOTE"))) == []


def test_every_article_key_is_documented(output_doc):
    schema = output_schema()
    keys = set(schema["properties"]) | set(schema["properties"]["article"]["properties"])
    assert sorted(keys - documented_keys(section(output_doc, "The article object"))) == []


@pytest.mark.parametrize("heading, path", [
    ("event_loc", ("event_loc",)),
    ("size, size_range, size_detail", ("size",)),
    ("date_info", ("date_info",)),
])
def test_every_nested_key_is_documented(output_doc, heading, path):
    value = sample_event().to_dict()
    for key in path:
        value = value[key]
    assert sorted(set(value) - documented_keys(section(output_doc, heading))) == []


def test_every_evidence_key_is_documented(output_doc):
    required = set(output_schema()["$defs"]["event"]["properties"]["evidence"]["required"])
    documented = documented_keys(section(output_doc, "evidence"))
    assert sorted((required | set(EVIDENCE_KEYS)) - documented) == []


def test_output_doc_names_the_schema_and_exporter(output_doc):
    assert "src/newsevents/schema/output.v1.json" in output_doc
    assert "src/newsevents/export/plover.py" in output_doc


# -- the checks themselves can fail -----------------------------------------------------
def test_a_missing_row_is_noticed():
    table = "| key | meaning |\n|---|---|\n| `id` | the id |\n| `start`, `end` | offsets |\n"
    assert documented_keys(table) == {"id", "start", "end"}
    assert {"id", "event"} - documented_keys(table) == {"event"}


def test_a_stale_block_is_noticed():
    stale = "<!-- generated: newsevents kb --help -->\n```text\n$ newsevents kb --help\nold\n```\n"
    assert generated_blocks(stale)["newsevents kb --help"] != expected_block("newsevents kb --help")
    assert refresh_generated_blocks(stale).endswith(expected_block("newsevents kb --help") + "```\n")


def test_commands_not_first_are_noticed():
    two = "```sh\nmake demo   # code the samples\nmake test\n```\n"
    assert starts_with_two_commands("# newsevents\n" + two)
    assert not starts_with_two_commands("# newsevents\n```sh\npip install newsevents\n```\n" + two)
    assert not starts_with_two_commands("# newsevents\n## Install\n" + two)
    assert not starts_with_two_commands("```sh\nmake test\nmake demo\n```\n")


if __name__ == "__main__":
    # Regenerate the CLI reference in README.md from the current commands.
    old = README.read_text(encoding="utf-8")
    new = refresh_generated_blocks(old)
    README.write_text(new, encoding="utf-8")
    print("README.md " + ("updated" if new != old else "already current"), file=sys.stderr)
