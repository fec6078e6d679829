"""The library: each report parsed once, cached by content, a damaged entry rebuilt, never trusted."""
import json
import shutil
from pathlib import Path

import pytest

from jmdesk.core import library as lib_mod
from jmdesk.core import userdirs
from jmdesk.core.document import Document, Figure, Meta, Misreading, Section
from jmdesk.core.library import Library, data_dir, document_from_json, document_to_json, expand_paths
from jmdesk.core.pipeline import load_document
from tests.conftest import SAMPLES, sample


class CountingParse:
    """The real pipeline, counting the files it had to parse."""

    def __init__(self):
        self.calls: list[str] = []

    def __call__(self, path):
        self.calls.append(Path(path).name)
        return load_document(path)


@pytest.fixture
def reports(tmp_path):
    """Three sample reports copied to a folder of their own (the cache is keyed by content)."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("2021", "2023", "2025"):
        shutil.copy(sample(name), folder / sample(name).name)
    return folder


def cache_files(cache: Path) -> list[Path]:
    return sorted(p for p in cache.glob("*.json") if p.name != lib_mod.INDEX_NAME)


def test_reopened_library_does_not_parse_again(tmp_path, reports):
    cache = tmp_path / "cache"
    first = CountingParse()
    lib = Library(cache, parse=first)
    entries = lib.add([reports])
    assert len(first.calls) == 3 and all(e.error is None for e in entries)
    assert len(cache_files(cache)) == 3

    again = CountingParse()
    reopened = Library(cache, parse=again)
    loaded = reopened.load()
    assert again.calls == []                                   # all three from the cache
    assert all(e.from_cache for e in loaded)
    before = {d.source: d for d in lib.documents()}
    for doc in reopened.documents():
        old = before[doc.source]
        assert doc == old                                       # text, meta, sections, figures
        assert doc.offset_map == old.offset_map                 # not part of ==, checked apart


@pytest.mark.parametrize("damage", [
    "truncate", "empty", "not-json-header", "flip-a-byte", "other-schema", "other-engine",
    "other-content",
])
def test_damaged_cache_entry_is_rebuilt(tmp_path, reports, damage):
    cache = tmp_path / "cache"
    Library(cache).add([reports / sample("2023").name])
    (entry,) = cache_files(cache)
    blob = entry.read_bytes()
    head, _, payload = blob.partition(b"\n")
    header = json.loads(head)
    if damage == "truncate":
        entry.write_bytes(blob[: len(blob) // 2])
    elif damage == "empty":
        entry.write_bytes(b"")
    elif damage == "not-json-header":
        entry.write_bytes(b"{oops\n" + payload)
    elif damage == "flip-a-byte":
        i = len(head) + 1 + len(payload) // 2
        entry.write_bytes(blob[:i] + bytes([blob[i] ^ 0x01]) + blob[i + 1:])
    elif damage in ("other-schema", "other-engine"):
        header["schema" if damage == "other-schema" else "engine"] = "something else"
        entry.write_bytes(json.dumps(header).encode() + b"\n" + payload)
    elif damage == "other-content":
        # a valid entry for other content, saved under this content's name
        header["sha256"] = "0" * 64
        entry.write_bytes(json.dumps(header).encode() + b"\n" + payload)

    parse = CountingParse()
    reopened = Library(cache, parse=parse)
    (loaded,) = reopened.load()
    assert parse.calls == [sample("2023").name]                # parsed again, not trusted
    assert loaded.error is None and not loaded.from_cache
    assert loaded.document.text.startswith(load_document(sample("2023")).text[:200])
    # and the rebuilt entry is good again
    parse2 = CountingParse()
    Library(cache, parse=parse2).load()
    assert parse2.calls == []


def test_changed_file_is_parsed_again(tmp_path, reports):
    cache = tmp_path / "cache"
    target = reports / sample("2025").name
    Library(cache).add([target])
    target.write_text(target.read_text(encoding="utf-8") + "\n补记一段。", encoding="utf-8")
    parse = CountingParse()
    (entry,) = Library(cache, parse=parse).load()
    assert parse.calls == [target.name]
    assert entry.document.text.endswith("补记一段。")


def test_bad_files_are_listed_with_their_reason(tmp_path, reports):
    empty = reports / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "gone.txt"
    lib = Library(tmp_path / "cache")
    entries = lib.add([empty, missing, reports / sample("2021").name])
    by_name = {Path(e.path).name: e for e in entries}
    assert by_name["empty.txt"].document is None and "empty.txt" in by_name["empty.txt"].error
    assert by_name["gone.txt"].document is None and "no such file" in by_name["gone.txt"].error
    assert by_name[sample("2021").name].document is not None
    assert len(lib.documents()) == 1 and len(lib.entries()) == 3


def test_entries_list_region_year_kind(tmp_path):
    lib = Library(tmp_path / "cache")
    lib.add([SAMPLES])
    entries = lib.entries()
    assert [Path(e.path).name for e in entries if e.document] and len(entries) == 5
    for e in entries:
        assert e.title
        # whatever the metadata stage finds is what is listed; nothing invented here
        assert (e.region, e.year, e.kind) == (e.document.meta.region, e.document.meta.year,
                                              e.document.meta.kind)


def test_damaged_index_gives_an_empty_library(tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / lib_mod.INDEX_NAME).write_text("{not json", encoding="utf-8")
    lib = Library(cache)
    assert lib.load() == [] and lib.documents() == []


def test_remove_forgets_the_path(tmp_path, reports):
    cache = tmp_path / "cache"
    lib = Library(cache)
    lib.add([reports])
    lib.remove([reports / sample("2021").name])
    assert len(Library(cache).indexed_paths()) == 2


def test_folders_expand_to_report_files_only(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "r.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a" / "notes.xyz").write_text("x", encoding="utf-8")
    (tmp_path / "a" / ".hidden").mkdir()
    (tmp_path / "a" / ".hidden" / "h.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.docx").write_bytes(b"PK")
    found = [p.name for p in expand_paths([tmp_path / "a", tmp_path / "b.docx", tmp_path / "a" / "r.txt"])]
    assert found == ["r.txt", "b.docx"]


def test_codec_round_trip_keeps_every_field():
    text = "各位代表：\n全市地区生产总值增长5.5%左右。"
    doc = Document(
        source="x.txt", meta=Meta(title="政府工作报告", region="江门市", year=2025, date="2025-02-26",
                                  kind="report"),
        text=text,
        sections=(Section("s1", None, 1, "一、", "工作安排", 0, len(text), 0, 5, role="plan", inferred=True),),
        figures=(Figure("地区生产总值", 5.5, "%", "target", 15, 19, "全市地区生产总值增长5.5%左右",
                        value_high=None, qualifier="左右", year=2025, group="GDP", measure="growth",
                        text="5.5%左右"),),
        misreadings=(Misreading(0, 2, "各位", "各位"),),
        offset_map=tuple(list(range(0, 6)) + list(range(9, 9 + len(text) - 6))))
    back = document_from_json(json.loads(json.dumps(document_to_json(doc), ensure_ascii=False)))
    assert back == doc and back.offset_map == doc.offset_map
    assert len(document_to_json(doc)["offset_map"]) == 2       # stored as runs, not one int a char


def test_data_folder_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("JMDESK_DATA_DIR", str(tmp_path / "d"))
    assert data_dir() == tmp_path / "d"
    assert Library().cache_dir == tmp_path / "d" / "cache"
    monkeypatch.delenv("JMDESK_DATA_DIR")
    monkeypatch.setattr(userdirs.sys, "platform", "linux")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert data_dir() == tmp_path / "xdg" / "jmdesk"
