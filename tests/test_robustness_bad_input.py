"""Bad input: each bad file gets one clear line naming it and the problem, what is readable
is read, the rest of the corpus is built, and the exit status says whether a file failed."""
from __future__ import annotations

import contextlib
import os
import tracemalloc
from pathlib import Path

import pytest
from click.testing import CliRunner
from robustness_samples import GULOU, HK_BASIC_LAW, QINGHE, TAIWAN_APA

from fazhi.build import build_corpus

from fazhi.report_map import extract_paths
from fazhi.cli import main
from fazhi.ingest import MAX_FILE_BYTES, IngestError, read_report, report_from_text, walk_corpus
from fazhi.kg.rdf import graph_for_report
from fazhi.serialize import result_to_json

ROOT = Path(__file__).resolve().parent.parent
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6300010000050001"
                    "0d0a2db40000000049454e44ae426082")  # a real 1×1 PNG
JPEG_HEAD = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("name,data,problem", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", "\n  \u3000\n".encode("utf-8"), "empty file"),
    ("logo.png.txt", PNG, "a PNG image, not a report"),
    ("photo.html", JPEG_HEAD + bytes(range(256)) * 8, "a JPEG image, not a report"),
    ("dump.txt", bytes(range(256)) * 64, "binary data"),
    ("russian.txt", "Годовой отчёт о деятельности правительства области.\n".encode("cp1251") * 20,
     "not Chinese text in any supported encoding"),
    ("greek.txt", "Ετήσια έκθεση για το κράτος δικαίου.\n".encode("cp1253") * 20, "not Chinese text"),
    ("report.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "old Microsoft Office or WPS file"),
    ("english.txt", b"Annual report on the rule of law.\n" * 20, "no Chinese text"),
    ("latin1.txt", "Café société, déjà vu.\n".encode("latin-1") * 10, "not Chinese text"),
])
def test_a_bad_file_raises_one_error_naming_the_file_and_the_problem(tmp_path, name, data, problem):
    path = _write(tmp_path, name, data)
    with pytest.raises(IngestError) as err:
        read_report(path)
    assert str(err.value).startswith(f"{path}: ") and problem in err.value.problem
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "big5", "utf-16"])
def test_a_file_cut_inside_a_multibyte_character_is_read_up_to_the_cut_with_a_warning(tmp_path, encoding):
    text = (TAIWAN_APA + HK_BASIC_LAW).rstrip("\n")  # ends with 領。
    data = text.encode(encoding)[:-1]
    report = read_report(_write(tmp_path, "cut.txt", data))
    assert text.startswith(report.text) and len(report.text) == len(text) - 1
    assert any("ends inside a multi-byte character" in w for w in report.warnings)


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "big5", "utf-16-le", "utf-16"])
def test_a_download_padded_with_nul_bytes_is_read_with_a_warning(tmp_path, encoding):
    text = TAIWAN_APA + HK_BASIC_LAW
    report = read_report(_write(tmp_path, "padded.txt", text.encode(encoding) + bytes(65536)))
    assert report.text == text
    assert report.warnings == ["65536 NUL bytes at the end of the file ignored (an incomplete download?)"]


def test_stray_undecodable_bytes_are_replaced_with_a_warning(tmp_path):
    data = GULOU.encode("utf-8")
    cut = len(GULOU[:10].encode("utf-8"))  # between two characters
    broken = data[:cut] + b"\xff" + data[cut:]
    report = read_report(_write(tmp_path, "stray.txt", broken))
    assert report.encoding == "utf-8" and "\ufffd" in report.text
    assert any("1 undecodable byte(s) replaced" in w and f"at byte {cut}" in w for w in report.warnings)


def test_folders_fifos_broken_links_and_oversized_files_are_named(tmp_path):
    (tmp_path / "folder.txt").mkdir()
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block forever
    os.symlink(tmp_path / "gone.txt", tmp_path / "dangling.txt")
    os.symlink(tmp_path / "loop_b.txt", tmp_path / "loop_a.txt")
    os.symlink(tmp_path / "loop_a.txt", tmp_path / "loop_b.txt")
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)  # sparse: takes no disk space
    expected = {"folder.txt": "is a directory", "pipe.txt": "not a regular file", "dangling.txt": "broken symbolic link",
                "loop_a.txt": "cannot read", "huge.txt": "too large for a report", "missing.txt": "no such file"}
    for name, problem in expected.items():
        with pytest.raises(IngestError) as err:
            read_report(tmp_path / name)
        assert err.value.path == str(tmp_path / name) and problem in err.value.problem, (name, err.value.problem)


@contextlib.contextmanager
def _as_unprivileged_user():
    """Root reads any file: drop to 'nobody' for the block (the effective user only)."""
    if os.geteuid() != 0:
        yield
        return
    os.seteuid(65534)
    try:
        yield
    finally:
        os.seteuid(0)


def test_an_unreadable_file_is_named(tmp_path):
    path = _write(tmp_path, "secret.txt", QINGHE.encode("utf-8"))
    path.chmod(0)
    failures = []
    with _as_unprivileged_user():
        with pytest.raises(IngestError) as err:
            read_report(path)
        results = list(extract_paths([path], on_failure=failures.append))
    assert "Permission denied" in err.value.problem and err.value.path == str(path)
    assert not results and [(f.path, f.problem) for f in failures] == [(str(path), err.value.problem)]


def test_a_directory_tree_with_a_symlink_loop_is_walked_once(tmp_path):
    corpus = tmp_path / "downloads"
    (corpus / "2022" / "清河").mkdir(parents=True)
    _write(corpus / "2022" / "清河", "report.txt", QINGHE.encode("utf-8"))
    _write(corpus, "gulou.txt", GULOU.encode("gb18030"))
    os.symlink(corpus, corpus / "2022" / "清河" / "back_to_top")  # a loop
    os.symlink(corpus / "2022", corpus / "again")  # the same folder twice
    _write(corpus, ".hidden.txt", QINGHE.encode("utf-8"))
    _write(corpus, "~$report.docx", b"lock")  # Word's lock file beside an open document
    _write(corpus, "logo.png", PNG)
    _write(corpus, "old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64))
    walk = walk_corpus(corpus)
    names = sorted(p.name for p in walk.paths)
    assert names == ["gulou.txt", "old.doc", "report.txt"]  # each real file once; .doc tried, to be named
    assert walk.skipped == {".png": 1}


def test_a_file_name_in_gbk_is_decoded_and_its_results_serialise(tmp_path):
    raw_name = "清河县报告.txt".encode("gbk")  # a zip made on Windows, unpacked on Linux
    path = Path(os.fsdecode(os.path.join(os.fsencode(tmp_path), raw_name)))
    path.write_bytes(QINGHE.encode("gb18030"))
    (result,) = list(extract_paths([path]))
    assert result.report.doc_id == "清河县报告.txt"
    obj = result_to_json(result)
    import json
    json.dumps(obj, ensure_ascii=False).encode("utf-8")  # no surrogates left to fail on
    assert "%E6%B8%85%E6%B2%B3" in str(graph_for_report(result.report.doc_id))


def test_ingest_memory_is_a_small_multiple_of_the_file(tmp_path):
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))) * 3
    path = _write(tmp_path, "long.txt", text.encode("utf-8"))
    read_report(path)  # warm caches (gazetteers) outside the measurement
    tracemalloc.start()
    try:
        read_report(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 * path.stat().st_size, peak


def test_nlp_memory_does_not_grow_with_the_length_of_a_report():
    """A report is fed to spaCy in chunks, and each chunk's Doc is dropped once read: peak
    memory is that of a batch, not of the report (which would be 4× larger here)."""
    import spacy

    import fazhi.nlp.pipeline  # noqa: F401 -- registers the span attributes _collect reads
    from fazhi.nlp import extract_reports

    paragraph = GULOU.replace("\n", "") + "\n"
    blank = spacy.blank("zh")  # tokenizer only: what is measured is the chunking, not the components
    peaks = []
    for copies in (25, 100):
        report = report_from_text(paragraph * copies, "long.txt")
        tracemalloc.start()
        try:
            next(extract_reports([report], nlp=blank, batch_size=8))
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
    assert peaks[1] < 1.6 * peaks[0], peaks


@pytest.fixture(scope="module")
def mixed_corpus(tmp_path_factory):
    """A downloads folder: two good reports among every kind of bad file."""
    folder = tmp_path_factory.mktemp("mixed")
    _write(folder, "gulou.txt", GULOU.encode("gb18030"))
    _write(folder, "qinghe.txt", QINGHE.encode("utf-8"))
    bad = {"empty.txt": b"", "logo.html": PNG, "notes.txt": b"meeting notes\n" * 5, "old.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
           + bytes(64), "cut.pdf": b"%PDF-1.4\n1 0 obj\n<<"}
    for name, data in bad.items():
        _write(folder, name, data)
    os.symlink(folder, folder / "loop")
    return folder, sorted(bad)


def _invoke(*args: str):
    return CliRunner().invoke(main, list(args))


def test_build_names_each_bad_file_once_builds_the_rest_and_exits_2(mixed_corpus, tmp_path):
    folder, bad = mixed_corpus
    out = tmp_path / "out"
    result = _invoke("build", str(folder), "--store", str(out / "store"), "--exports", str(out / "exports"),
                     "--cache", str(out / "cache"))
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    error_lines = [line for line in result.stderr.splitlines() if line.startswith("fazhi: ")]
    for name in bad:
        lines = [line for line in error_lines if f"{folder / name}: " in line]
        assert len(lines) == 1, (name, error_lines)
    assert "built 2 reports" in result.stdout
    assert f"failed ({len(bad)}):" in result.stdout
    assert (out / "exports" / "fazhi.ttl").stat().st_size > 0


def test_strict_makes_any_failure_fatal_and_leaves_the_previous_build(mixed_corpus, tmp_path):
    folder, _ = mixed_corpus
    out = tmp_path / "out"
    args = ["--store", str(out / "store"), "--exports", str(out / "exports"), "--cache", str(out / "cache"), "-q"]
    assert _invoke("build", str(folder / "qinghe.txt"), *args).exit_code == 0
    before = (out / "exports" / "fazhi.trig").read_bytes()
    result = _invoke("build", str(folder), "--strict", *args)
    assert result.exit_code == 1
    assert "--strict" in result.stderr and "previous store and exports are unchanged" in result.stderr
    assert (out / "exports" / "fazhi.trig").read_bytes() == before


def test_a_build_with_nothing_readable_keeps_the_previous_build(tmp_path):
    out = tmp_path / "out"
    good = _write(tmp_path, "qinghe.txt", QINGHE.encode("utf-8"))
    summary, _ = build_corpus([good], store=out / "store", exports=out / "exports", cache_dir=None)
    snapshot = {p.name: p.read_bytes() for p in (out / "exports").iterdir()}
    empty = _write(tmp_path, "empty.txt", b"")
    result = _invoke("build", str(empty), "--store", str(out / "store"), "--exports", str(out / "exports"), "--no-cache")
    assert result.exit_code == 1 and "no report could be read" in result.stderr
    assert {p.name: p.read_bytes() for p in (out / "exports").iterdir()} == snapshot


def test_a_folder_that_cannot_be_opened_is_named_and_the_rest_is_walked(tmp_path):
    import tempfile

    top = Path(tempfile.mkdtemp(prefix="fazhi-walk-", dir="/tmp"))  # reachable by 'nobody', unlike tmp_path
    try:
        top.chmod(0o755)
        _write(top, "qinghe.txt", QINGHE.encode("utf-8"))
        (top / "locked").mkdir()
        _write(top / "locked", "hidden.txt", QINGHE.encode("utf-8"))
        (top / "locked").chmod(0)
        with _as_unprivileged_user():
            walk = walk_corpus(top)
        assert [p.name for p in walk.paths] == ["qinghe.txt"]
        assert walk.problems == [(str(top / "locked"), "cannot open folder: Permission denied")]
    finally:
        (top / "locked").chmod(0o755)
        import shutil
        shutil.rmtree(top)


def test_export_after_a_damaged_manifest_says_so(tmp_path):
    out = tmp_path / "out"
    build_corpus([_write(tmp_path, "qinghe.txt", QINGHE.encode("utf-8"))], store=out / "graph" / "store",
                 exports=out / "exports", cache_dir=out / "graph" / "cache")
    (out / "graph" / "manifest.json").write_text('{"documents": [{"doc": ', encoding="utf-8")  # cut short
    result = _invoke("export", "--format", "gexf", "--store", str(out / "graph" / "store"), "--out", str(tmp_path / "g.gexf"))
    assert result.exit_code == 1 and "manifest of the build" in result.stderr and "damaged" in result.stderr
