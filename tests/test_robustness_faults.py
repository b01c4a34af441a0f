"""Faults: ``fazhi build`` killed with SIGKILL at many moments, or stopped by a full disk,
leaves the previous store and exports intact and usable, and the next run finishes the job
from the cache.

The kills are real: a subprocess runs ``fazhi build`` and is sent SIGKILL from outside
when the file system shows it has reached a stage, or kills itself at an exact point of a
critical section (a patched function calls SIGKILL on itself). The full disk is a real
tmpfs of a few megabytes, mounted in a private mount namespace (skipped where that is not
allowed), and a patched writer that fails with ENOSPC.
"""
from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from robustness_samples import GULOU, QINGHE, TAIWAN_APA

from fazhi.build import BuildError, build_corpus
from fazhi.kg.store import open_store

ROOT = Path(__file__).resolve().parent.parent
EXPORTS = ("fazhi.trig", "fazhi.ttl", "fazhi.graphml", "fazhi.gexf")
THIRD = ("吉州区2016年度法治政府建设情况报告\n    2016年,在区委、区政府的正确领导和市政府法制办的大力指导下,按照"
         "《江西省2016年法治政府建设工作要点》等有关文件的工作要求,推动法治政府建设各项工作有序开展。\n")


def _quads(store: Path) -> set[str]:
    st = open_store(store)
    return {str(q) for q in st.quads_for_pattern(None, None, None, None)}


def _snapshot(out: Path) -> dict:
    return {"exports": {n: (out / "exports" / n).read_bytes() for n in EXPORTS}, "quads": _quads(out / "graph" / "store"),
            "manifest": (out / "graph" / "manifest.json").read_bytes()}


def _args(out: Path) -> list[str]:
    return ["--store", str(out / "graph" / "store"), "--exports", str(out / "exports"), "--cache", str(out / "graph" / "cache")]


@pytest.fixture(scope="module")
def corpora(tmp_path_factory):
    """Corpus A (the previous build) and corpus B (A and one more report, plus an HTML page)."""
    base = tmp_path_factory.mktemp("corpora")
    a, b = base / "a", base / "b"
    for folder in (a, b):
        folder.mkdir()
        (folder / "gulou.txt").write_text(GULOU, encoding="utf-8")
        (folder / "qinghe.txt").write_bytes(QINGHE.encode("gb18030"))
    (b / "jizhou.txt").write_text(THIRD, encoding="utf-8")
    (b / "taiwan.html").write_bytes(f"<html><body><p>{TAIWAN_APA}</p></body></html>".encode("big5"))
    previous = base / "previous"
    build_corpus([a], store=previous / "graph" / "store", exports=previous / "exports",
                 cache_dir=previous / "graph" / "cache")
    reference = base / "reference"
    build_corpus([b], store=reference / "graph" / "store", exports=reference / "exports", cache_dir=None)
    return a, b, _snapshot(previous), _snapshot(reference), previous


def _copy_previous(previous: Path, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    shutil.copytree(previous, out, symlinks=True)
    return out


def _assert_usable_and_old_or_new(out: Path, old: dict, new: dict, *, require_old: bool) -> None:
    """The store opens and holds one whole build; every export is one whole file."""
    quads = _quads(out / "graph" / "store")
    assert quads == old["quads"] or (not require_old and quads == new["quads"])
    for name in EXPORTS:
        data = (out / "exports" / name).read_bytes()
        assert data == old["exports"][name] or (not require_old and data == new["exports"][name]), name


def _assert_rerun_completes(b: Path, out: Path, new: dict, *, at_least_cached: int) -> None:
    from click.testing import CliRunner

    from fazhi.cli import main

    result = CliRunner().invoke(main, ["build", str(b), *_args(out)])
    assert result.exit_code == 0, result.output
    cached = int(result.stdout.split("(")[1].split(" from cache")[0])
    assert cached >= at_least_cached, result.stdout
    assert _snapshot(out)["exports"] == new["exports"]
    assert _quads(out / "graph" / "store") == new["quads"]
    leftovers = [p.name for p in (out / "exports").iterdir() if p.name.endswith(".tmp")]
    leftovers += [p.name for p in (out / "graph").iterdir() if p.name.endswith((".new", ".old"))]
    assert not leftovers


def _own_tmpdir(tmp_path: Path) -> dict[str, str]:
    """The environment of a build run in a subprocess, with a temporary folder of its own,
    so that the test sees whatever a killed build leaves there."""
    (tmp_path / "tmp").mkdir(exist_ok=True)
    return {**os.environ, "TMPDIR": str(tmp_path / "tmp")}


def _assert_nothing_left_in_tmpdir(tmp_path: Path) -> None:
    # A build given its own cache has no scratch folder to leave behind when it is killed.
    assert not list((tmp_path / "tmp").iterdir())


def _fazhi(tmp_path: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", "from fazhi.cli import main; main()", *args], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env=_own_tmpdir(tmp_path))


# When the outside observer sends SIGKILL: as soon as the file system shows the stage.
STAGES = {
    "extracting": lambda out, before: len(list((out / "graph" / "cache").glob("*.json"))) > before,
    "staging exports": lambda out, before: any(p.name.endswith(".tmp") for p in (out / "exports").iterdir())
    or (out / "graph" / "store.new").exists(),
    "building the new store": lambda out, before: (out / "graph" / "store.new").exists(),
}


@pytest.mark.parametrize("stage", list(STAGES))
def test_kill_9_from_outside_leaves_the_previous_build_and_the_rerun_finishes(corpora, tmp_path, stage):
    a, b, old, new, previous = corpora
    out = _copy_previous(previous, tmp_path)
    cached_before = len(list((out / "graph" / "cache").glob("*.json")))
    proc = _fazhi(tmp_path, "build", str(b), *_args(out), "-q")
    reached = STAGES[stage]
    deadline = time.monotonic() + 120
    while proc.poll() is None and not reached(out, cached_before) and time.monotonic() < deadline:
        time.sleep(0.001)
    if proc.poll() is not None:
        pytest.fail(f"the build ended before the stage '{stage}' was seen: {proc.stderr.read().decode()}")
    proc.send_signal(signal.SIGKILL)
    assert proc.wait() == -signal.SIGKILL
    _assert_nothing_left_in_tmpdir(tmp_path)
    _assert_usable_and_old_or_new(out, old, new, require_old=True)
    _assert_rerun_completes(b, out, new, at_least_cached=cached_before + (stage != "extracting"))


# Kill points inside the critical sections, reached exactly by patching: the process kills
# itself (SIGKILL, no cleanup) at the named moment.
DRIVER = textwrap.dedent('''
    import os, pathlib, signal, sys
    point, args = sys.argv[1], sys.argv[2:]
    def die():
        os.kill(os.getpid(), signal.SIGKILL)
    import fazhi.build as build, fazhi.kg.store as store
    if point == "store half written":
        Real = store.Store
        class HalfStore:
            read_only = staticmethod(Real.read_only)
            def __init__(self, path):
                self.real = Real(path)
            def __getattr__(self, name):  # everything but the bulk loads is the real store's
                return getattr(self.real, name)
            def bulk_load(self, input, format):
                from pyoxigraph import parse
                self.bulk_extend(parse(input, format=format))
            def bulk_extend(self, quads):
                quads = list(quads)
                self.real.bulk_extend(quads[: len(quads) // 2])
                self.real.flush()
                die()
        store.Store = HalfStore
    elif point == "between the two renames of the store swap":
        rename = pathlib.Path.rename
        def rename_then_die(self, target):
            result = rename(self, target)
            if str(target).endswith(".old"):
                die()
            return result
        pathlib.Path.rename = rename_then_die
    elif point == "after two of four exports were renamed":
        replace, done = os.replace, []
        def replace_then_die(src, dst):
            replace(src, dst)
            if os.path.basename(os.path.dirname(dst)) == "exports":
                done.append(dst)
                if len(done) == 2:
                    die()
        os.replace = replace_then_die
    elif point == "before the manifest":
        write = build.atomic_write
        def write_or_die(path, *a, **k):
            if path.name == "manifest.json":
                die()
            return write(path, *a, **k)
        build.atomic_write = write_or_die
    from fazhi.cli import main
    main(args)
''')
# What a kill at each point may leave: only the previous build, or each part old or new.
POINTS = {"store half written": True, "between the two renames of the store swap": True,
          "after two of four exports were renamed": False, "before the manifest": False}


@pytest.mark.parametrize("point", list(POINTS))
def test_kill_9_inside_the_critical_sections_never_leaves_a_broken_build(corpora, tmp_path, point):
    a, b, old, new, previous = corpora
    out = _copy_previous(previous, tmp_path)
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(driver), point, "build", str(b), *_args(out), "-q"],
                          capture_output=True, timeout=300, env=_own_tmpdir(tmp_path))
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()
    _assert_nothing_left_in_tmpdir(tmp_path)
    _assert_usable_and_old_or_new(out, old, new, require_old=POINTS[point])
    if point == "after two of four exports were renamed":
        exports = _snapshot(out)["exports"]
        assert sum(exports[n] == new["exports"][n] for n in EXPORTS) == 2  # the kill was where it was meant
    _assert_rerun_completes(b, out, new, at_least_cached=4)


class _FullDiskFile:
    """A file object that takes ``room`` bytes and then fails as a full disk does."""

    def __init__(self, real, room: list[int], name: str):
        self.real, self.room, self.name = real, room, name

    def write(self, data):
        size = len(data.encode("utf-8") if isinstance(data, str) else data)
        if size > self.room[0]:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), self.name)
        self.room[0] -= size
        return self.real.write(data)

    def __getattr__(self, name):
        return getattr(self.real, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return self.real.__exit__(*exc)


@pytest.mark.parametrize("room", [0, 40_000, 120_000])  # fails in the first, second, last export
def test_a_full_disk_while_writing_exports_is_a_clear_error_and_the_previous_build_stays(corpora, tmp_path,
                                                                                         monkeypatch, room):
    a, b, old, new, previous = corpora
    out = _copy_previous(previous, tmp_path)
    real_fdopen = os.fdopen
    left = [room]

    def fdopen(fd, mode="r", *args, **kwargs):
        fh = real_fdopen(fd, mode, *args, **kwargs)
        return _FullDiskFile(fh, left, os.readlink(f"/proc/self/fd/{fd}")) if "w" in mode else fh

    monkeypatch.setattr(os, "fdopen", fdopen)
    with pytest.raises(BuildError) as err:
        build_corpus([b], store=out / "graph" / "store", exports=out / "exports", cache_dir=None)
    assert str(err.value).startswith("the disk is full: cannot write ") and "previous store and exports are unchanged" in str(err.value)
    _assert_usable_and_old_or_new(out, old, new, require_old=True)
    assert not [p for p in (out / "exports").iterdir() if p.name.endswith(".tmp")]
    assert not (out / "graph" / "store.new").exists()


def test_a_full_disk_while_writing_the_store_is_a_clear_error(corpora, tmp_path, monkeypatch):
    import fazhi.kg.store as store_module

    a, b, old, new, previous = corpora
    out = _copy_previous(previous, tmp_path)
    real = store_module.Store

    class FullStore:
        read_only = staticmethod(real.read_only)

        def __init__(self, path):
            self.real = real(path)

        def __getattr__(self, name):  # everything but the bulk loads is the real store's
            return getattr(self.real, name)

        def bulk_extend(self, *args, **kwargs):
            # what pyoxigraph raises: an OSError without errno or file name
            raise OSError("IO error: No space left on device: While appending to file: 000012.sst: No space left on device")

        bulk_load = bulk_extend

    monkeypatch.setattr(store_module, "Store", FullStore)
    with pytest.raises(BuildError, match=r"^the disk is full: cannot write .*graph/store; the previous store"):
        build_corpus([b], store=out / "graph" / "store", exports=out / "exports", cache_dir=None)
    monkeypatch.undo()
    _assert_usable_and_old_or_new(out, old, new, require_old=True)
    assert not (out / "graph" / "store.new").exists()
    assert not [p for p in (out / "exports").iterdir() if p.name.endswith(".tmp")]


TMPFS_DRIVER = textwrap.dedent('''
    import json, os, shutil, sys
    from pathlib import Path
    from click.testing import CliRunner
    from fazhi.cli import main
    from fazhi.kg.store import open_store
    disk, corpus_a, corpus_b = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    EXPORTS = ("fazhi.trig", "fazhi.ttl", "fazhi.graphml", "fazhi.gexf")
    out = disk / "out"
    args = ["--store", str(out / "graph" / "store"), "--exports", str(out / "exports"), "--cache", str(out / "graph" / "cache")]
    def state():
        quads = sorted(str(q) for q in open_store(out / "graph" / "store").quads_for_pattern(None, None, None, None))
        return {"exports": {n: (out / "exports" / n).read_bytes().hex() for n in EXPORTS}, "quads": quads}
    first = CliRunner().invoke(main, ["build", corpus_a, *args, "-q"])
    assert first.exit_code == 0, first.output
    previous = state()
    runs = []
    for room in (0, 8_192, 65_536, 262_144, 393_216, 524_288, 786_432, 1_048_576, 2_097_152):
        shutil.rmtree(out / "graph" / "cache")  # every run extracts again, and so writes the cache too
        (out / "graph" / "cache").mkdir()
        free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
        filler = disk / "filler"
        with open(filler, "wb") as fh:
            fh.write(b"\\0" * max(free - room, 0))
        result = CliRunner().invoke(main, ["build", corpus_b, *args, "-q"])
        leftovers = [p.name for p in (out / "exports").iterdir() if p.name.endswith(".tmp")]
        leftovers += [p.name for p in (out / "graph").iterdir() if p.name.endswith((".new", ".old"))]
        runs.append({"room": room, "exit": result.exit_code, "stderr": result.stderr, "leftovers": leftovers,
                     "traceback": result.exception is not None and not isinstance(result.exception, SystemExit),
                     "unchanged": state() == previous})
        filler.unlink()
        if result.exit_code == 0:
            break
    final = CliRunner().invoke(main, ["build", corpus_b, *args, "-q"])
    print(json.dumps({"runs": runs, "final_exit": final.exit_code}))
''')


def test_a_real_full_disk_tmpfs_gives_a_clear_error_and_the_previous_build(corpora, tmp_path):
    a, b, old, new, previous = corpora
    if shutil.which("unshare") is None:
        pytest.skip("no unshare(1) to mount a private tmpfs")
    disk = tmp_path / "disk"
    disk.mkdir()
    driver = tmp_path / "tmpfs_driver.py"
    driver.write_text(TMPFS_DRIVER, encoding="utf-8")
    script = f"mount -t tmpfs -o size=12m tmpfs {disk} && exec {sys.executable} {driver} {disk} {a} {b}"
    proc = subprocess.run(["unshare", "--mount", "sh", "-c", script], capture_output=True, text=True, timeout=600)
    if proc.returncode != 0 and ("mount" in proc.stderr or "unshare" in proc.stderr) and "Traceback" not in proc.stderr:
        pytest.skip(f"cannot mount a private tmpfs here: {proc.stderr.strip()[:200]}")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    failed = [run for run in report["runs"] if run["exit"] != 0]
    # the disk filled up while writing the cache, an export and the store, in turn
    for where in ("/graph/cache/", "/exports/", "/graph/store;"):
        assert any(where in run["stderr"] for run in failed), (where, report)
    for run in failed:
        assert run["exit"] == 1 and not run["traceback"], run
        assert run["stderr"].startswith("fazhi: the disk is full: cannot write "), run
        assert "previous store and exports are unchanged" in run["stderr"]
        assert run["unchanged"] and not run["leftovers"], run
    assert report["final_exit"] == 0


def test_two_builds_never_write_one_store_at_once(corpora, tmp_path):
    import fcntl

    a, b, old, new, previous = corpora
    out = _copy_previous(previous, tmp_path)
    lock = out / "graph" / ".store.lock"
    with open(lock, "a") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)  # another build holds the store
        with pytest.raises(BuildError, match="another fazhi build is writing"):
            build_corpus([b], store=out / "graph" / "store", exports=out / "exports", cache_dir=None)
    _assert_usable_and_old_or_new(out, old, new, require_old=True)


def test_temporaries_left_by_a_killed_run_are_cleared_by_the_next(corpora, tmp_path):
    a, b, old, new, previous = corpora
    out = _copy_previous(previous, tmp_path)
    stale = [out / "exports" / ".fazhi.ttl.x1y2z3ab.tmp", out / "graph" / "cache" / ".0123abcd-ffff.json.q9w8e7r6.tmp"]
    for path in stale:
        path.write_bytes(b"half")
    build_corpus([b], store=out / "graph" / "store", exports=out / "exports", cache_dir=out / "graph" / "cache")
    assert not any(path.exists() for path in stale)


@pytest.mark.parametrize("kept", [0.0, 0.5, 0.99])
def test_a_cache_result_torn_by_a_system_crash_is_extracted_again(corpora, tmp_path, kept):
    """The map does not sync a report's cached JSON to disk (its RDF files it does, before
    writing the JSON): a crash of the system can leave the JSON empty or cut short under its
    final name, beside its RDF files, as if the entry were complete. The next build extracts
    the report again and writes what a clean build writes."""
    a, b, old, new, previous = corpora
    out = _copy_previous(previous, tmp_path)
    torn = sorted((out / "graph" / "cache").glob("*.json"))
    assert len(torn) == 2 and all(path.with_suffix(".trig").exists() for path in torn)
    for path in torn:
        data = path.read_bytes()
        path.write_bytes(data[:int(kept * len(data))])
    _assert_rerun_completes(b, out, new, at_least_cached=0)
    for path in torn:
        assert json.loads(path.read_text(encoding="utf-8"))["doc"]
