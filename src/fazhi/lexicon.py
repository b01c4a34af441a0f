"""Readers for the word lists under ``fazhi/data/lexicons`` (see the README there) and for the
tab-separated gazetteer tables under ``fazhi/data``."""
from __future__ import annotations

import csv
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def read_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a lexicon file: comment and blank lines dropped, columns split on tabs."""
    ref = resources.files("fazhi.data").joinpath("lexicons", name)
    rows = []
    for line in ref.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append(tuple(col.strip() for col in line.split("\t")))
    return tuple(rows)


@lru_cache(maxsize=None)
def read_words(name: str) -> frozenset[str]:
    """The first column of a lexicon file as a set."""
    return frozenset(row[0] for row in read_rows(name))


@lru_cache(maxsize=None)
def longest_first(name: str) -> tuple[str, ...]:
    """The first column of a lexicon file, longest first, as an alternation of them must try them
    (预算工作 before 预算)."""
    return tuple(sorted(dict.fromkeys(row[0] for row in read_rows(name)), key=len, reverse=True))


def read_mapping(name: str) -> dict[str, str]:
    """First column → second column of a two-column lexicon file."""
    return {row[0]: (row[1] if len(row) > 1 else "") for row in read_rows(name)}


def read_table(name: str) -> Iterator[dict[str, str]]:
    """The rows of a tab-separated table of ``fazhi/data`` with a header line, as dicts; lines
    that begin with # are comments."""
    with resources.files("fazhi.data").joinpath(name).open(encoding="utf-8") as fh:
        yield from csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")
