"""fazhi's tokenizer: one token per character, exactly as spaCy's Chinese ``char`` segmenter
cuts, but in linear time and into docs that remember their text.

spaCy's ``ChineseTokenizer`` aligns the characters back onto the text with
``util.get_words_and_spaces``, which slices the rest of the text once per character
(quadratic in the length of a doc), and spaCy's ``Doc.text`` rebuilds the text from one
Python ``Token`` per character on every call, while every fazhi component starts by reading
``doc.text``. The docs made here (``TextDoc``) return the text they were made from instead,
and are made from the characters' lexeme ids (``Doc`` looks an id up without hashing the
string again): about twice as fast as from the characters.
"""
from __future__ import annotations

import copyreg
import re

from spacy.tokens import Doc
from spacy.tokens.doc import pickle_doc
from spacy.util import registry
from spacy.vocab import Vocab

# Any whitespace: a text without it is one token per character, with no trailing spaces.
WHITESPACE = re.compile(r"\s")
# One token of text with whitespace: a character and the single plain space that follows it
# (spaCy keeps that space as the token's ``whitespace_``), or a run of other whitespace,
# which spaCy keeps as a token of its own. "法 治\n政府" → 法+" ", 治, "\n", 政, 府
TOKEN = re.compile(r"(\S)( ?)|(\s+)")


class TextDoc(Doc):
    """A ``Doc`` that keeps the text it was made from, so ``doc.text`` costs nothing, and
    knows whether token i is character i (``add_span`` then makes spans without searching).

    A doc's text never changes after tokenization (retokenizing merges or splits tokens
    but keeps their characters), so the kept text stays right.
    """

    __slots__ = ("_fz_text", "_fz_char_aligned")

    @property
    def text(self) -> str:
        return self._fz_text

    @property
    def text_with_ws(self) -> str:
        return self._fz_text


# A TextDoc pickles as a plain Doc (spaCy registers its pickler for Doc alone).
copyreg.pickle(TextDoc, pickle_doc)


def words_and_spaces(text: str) -> tuple[list[str], list[bool]]:
    """The tokens of ``text`` and whether each is followed by a space, as spaCy's ``char`` segmenter makes them."""
    if not WHITESPACE.search(text):
        return list(text), [False] * len(text)
    words: list[str] = []
    spaces: list[bool] = []
    for char, space, run in TOKEN.findall(text):
        if char:
            words.append(char)
            spaces.append(bool(space))
        else:
            words.append(run)
            spaces.append(False)
    return words, spaces


class _LexemeIds(dict):
    """Token text → the id (orth) of its lexeme in ``vocab``, the lexeme made on first sight."""

    def __init__(self, vocab: Vocab):
        super().__init__()
        self.vocab = vocab

    def __missing__(self, text: str) -> int:
        orth = self.vocab[text].orth
        self[text] = orth
        return orth


class CharTokenizer:
    """spaCy tokenizer: ``text`` → a ``TextDoc`` of one token per non-space character."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self._ids = _LexemeIds(vocab)

    def __call__(self, text: str) -> TextDoc:
        ids = self._ids.__getitem__
        if WHITESPACE.search(text):
            words, spaces = words_and_spaces(text)
            doc = TextDoc(self.vocab, words=list(map(ids, words)), spaces=spaces)
            # token i is character i unless a space was folded into a token's whitespace
            doc._fz_char_aligned = len(words) == len(text)
        else:
            doc = TextDoc(self.vocab, words=list(map(ids, text)), spaces=[False] * len(text))
            doc._fz_char_aligned = True
        doc._fz_text = text
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    # Nothing to save: the tokenizer has no settings or data of its own.
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "CharTokenizer":
        return self

    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> "CharTokenizer":
        return self


@registry.tokenizers("fazhi.CharTokenizer.v1")
def create_char_tokenizer(segmenter: str = "char"):
    """The registered tokenizer; ``segmenter`` is accepted (and must be "char") so that
    it can replace ``spacy.zh.ChineseTokenizer`` in the blank ``zh`` config."""
    if segmenter != "char":
        raise ValueError(f"fazhi's tokenizer cuts characters only, not {segmenter!r}")

    def make(nlp) -> CharTokenizer:
        return CharTokenizer(nlp.vocab)

    return make
