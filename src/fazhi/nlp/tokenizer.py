"""fazhi's tokenizer: one token per character, whitespace included, in linear time and into
docs that remember their text.

spaCy's Chinese ``char`` segmenter cuts the same way except at whitespace, where a plain
space joins the character before it as its ``whitespace_`` and other runs of whitespace
make one token. Aligning that back onto the text (``util.get_words_and_spaces``) slices
the rest of the text once per character, quadratic in a doc's length, and a doc whose
token i is not character i must find its spans' tokens by searching. Here token i is
always character i. spaCy's ``Doc.text`` also rebuilds the text from one Python ``Token``
per character on every call, while every fazhi component starts by reading ``doc.text``:
the docs made here (``TextDoc``) return the text they were made from, and are made from
the characters' lexeme ids (``Doc`` looks an id up without hashing the string again).
"""
from __future__ import annotations

import copyreg

from spacy.tokens import Doc
from spacy.tokens.doc import pickle_doc
from spacy.util import registry
from spacy.vocab import Vocab


class TextDoc(Doc):
    """A ``Doc`` of one token per character that keeps the text it was made from, so
    ``doc.text`` costs nothing and token i is character i (``add_span`` makes spans without
    searching).

    A doc's text never changes after tokenization (retokenizing merges or splits tokens
    but keeps their characters), so the kept text stays right.
    """

    __slots__ = ("_fz_text",)

    @property
    def text(self) -> str:
        return self._fz_text

    @property
    def text_with_ws(self) -> str:
        return self._fz_text


# A TextDoc pickles as a plain Doc (spaCy registers its pickler for Doc alone).
copyreg.pickle(TextDoc, pickle_doc)


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
    """spaCy tokenizer: ``text`` → a ``TextDoc`` of one token per character."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self._ids = _LexemeIds(vocab)

    def __call__(self, text: str) -> TextDoc:
        doc = TextDoc(self.vocab, words=list(map(self._ids.__getitem__, text)), spaces=[False] * len(text))
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
