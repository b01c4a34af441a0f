"""Evaluation against gold files (ANNOTATION.md section 6), and the diff of two runs.

``score(predictions, gold)`` gives micro P/R/F1 per entity kind, attribute accuracy over
matched pairs, cross-document consistency (one predicted name per gold entity across
documents) and accuracy of the report fields. ``compare(old, new, gold)`` lists the
entities a change won and lost, so every rule change shows what it bought and broke.
"""
from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

KINDS = ("regulations", "organizations", "measures")
ATTRIBUTES = {"regulations": ("type", "doc_number", "issuer", "relation"), "organizations": ("type",),
              "measures": ("type",)}
REPORT_FIELDS = ("publisher", "region", "year", "date")

# Characters names are compared without, and variants unified (section 6).
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_UNIFY = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")", "[": "(", "]": ")",
          "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def comparable(text: Any) -> str | None:
    """A name in the form section 6 compares: NFKC, marks and spaces dropped, variants unified."""
    if text is None:
        return None
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_UNIFY.get(ch, ch) for ch in text if ch not in _DROP)


def _doc_key(name: str) -> str:
    name = Path(str(name)).name
    return name[:-4] if name.endswith(".txt") else name


@dataclass
class KindScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    attributes: dict[str, list[int]] = field(default_factory=dict)  # name → [correct, total]
    consistent: int = 0
    multi_document: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def attribute_accuracy(self) -> dict[str, float | None]:
        return {a: (ok / n if n else None) for a, (ok, n) in self.attributes.items()}


@dataclass
class Error:
    doc: str
    kind: str
    what: str  # FP, DUP, FN, ATTR:<name>, SPLIT, REPORT:<field>
    detail: str


@dataclass
class Score:
    documents: int
    kinds: dict[str, KindScore]
    report_fields: dict[str, list[int]]
    errors: list[Error]
    # per document and kind: the gold entities matched, by comparable gold name
    matched: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    unmatched_predictions: dict[tuple[str, str], set[str]] = field(default_factory=dict)

    def overall(self) -> KindScore:
        total = KindScore()
        for s in self.kinds.values():
            total.tp += s.tp
            total.fp += s.fp
            total.fn += s.fn
        return total

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"documents": self.documents, "scores": {}}
        for kind, s in self.kinds.items():
            out["scores"][kind] = {
                "precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
                "tp": s.tp, "fp": s.fp, "fn": s.fn,
                "attributes": {a: (round(v, 4) if v is not None else None) for a, v in s.attribute_accuracy().items()},
                "cross_doc_consistency": round(s.consistent / s.multi_document, 4) if s.multi_document else None,
                "cross_doc_entities": s.multi_document,
            }
        o = self.overall()
        out["overall"] = {"precision": round(o.precision, 4), "recall": round(o.recall, 4), "f1": round(o.f1, 4)}
        out["report"] = {f: (round(ok / n, 4) if n else None) for f, (ok, n) in self.report_fields.items()}
        return out


def load_gold(directory: str | Path) -> dict[str, dict]:
    files = sorted(Path(directory).glob("*.json"))
    if not files:
        raise FileNotFoundError(f"no gold files (*.json) in {directory}")
    gold = {}
    for f in files:
        obj = json.loads(f.read_text(encoding="utf-8"))
        gold[_doc_key(obj.get("doc", f.stem))] = obj
    return gold


def load_predictions(path: str | Path) -> dict[str, dict]:
    preds = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not JSON: {exc}") from None
            if "doc" not in obj:
                raise ValueError(f"{path}:{n}: object has no 'doc' field")
            preds[_doc_key(obj["doc"])] = obj
    return preds


def _organization_forms(gold_doc: dict) -> dict[str, str]:
    """Every comparable alias of a gold organization → its comparable canonical name."""
    forms = {}
    for org in gold_doc.get("organizations", []):
        for alias in [org["name"], *org.get("aliases", [])]:
            forms.setdefault(comparable(alias), comparable(org["name"]))
    return forms


def _same_issuer(predicted: Any, gold: Any, forms: dict[str, str]) -> bool:
    def parts(value: Any) -> list[str] | None:
        if value is None:
            return None
        chunks = [c for c in str(value).replace("、", " ").replace("，", " ").split() if c]
        return sorted(forms.get(comparable(c), comparable(c)) for c in chunks)

    if parts(predicted) == parts(gold):
        return True
    return forms.get(comparable(predicted), comparable(predicted)) == forms.get(comparable(gold), comparable(gold))


def score(predictions: dict[str, dict], gold: dict[str, dict], kinds: Iterable[str] = KINDS) -> Score:
    kinds = tuple(kinds)
    result = Score(documents=len(gold), kinds={k: KindScore() for k in kinds}, report_fields={}, errors=[])
    links: dict[str, dict[str, set[tuple[str, str]]]] = {k: {} for k in kinds}
    for doc, gold_doc in gold.items():
        pred = predictions.get(doc, {})
        forms = _organization_forms(gold_doc)
        _score_report(doc, gold_doc, pred.get("report") or {}, forms, result)
        for kind in kinds:
            _score_kind(doc, kind, gold_doc.get(kind, []), pred.get(kind, []), forms, result, links[kind])
    for kind in kinds:
        s = result.kinds[kind]
        for gold_name, pairs in links[kind].items():
            if len({d for d, _ in pairs}) < 2:
                continue
            s.multi_document += 1
            names = {n for _, n in pairs}
            if len(names) == 1:
                s.consistent += 1
            else:
                result.errors.append(Error("*", kind, "SPLIT", f"{gold_name}: " + " | ".join(sorted(names))))
    return result


def _score_report(doc: str, gold_doc: dict, pred_report: dict, forms: dict[str, str], result: Score) -> None:
    for name, value in (gold_doc.get("report") or {}).items():
        if value is None or name not in REPORT_FIELDS:
            continue
        got = pred_report.get(name)
        if name == "publisher":
            ok = got is not None and forms.get(comparable(got), comparable(got)) == forms.get(comparable(value), comparable(value))
        elif name == "year":
            ok = str(got) == str(value)
        else:
            ok = comparable(got) == comparable(value)
        counts = result.report_fields.setdefault(name, [0, 0])
        counts[0] += ok
        counts[1] += 1
        if not ok:
            result.errors.append(Error(doc, "report", f"REPORT:{name}", f"gold={value!r} predicted={got!r}"))


def _score_kind(doc: str, kind: str, gold_items: list[dict], pred_items: list, forms: dict[str, str],
                result: Score, links: dict[str, set[tuple[str, str]]]) -> None:
    s = result.kinds[kind]
    index: dict[str, int] = {}
    for i, g in enumerate(gold_items):
        for alias in [g["name"], *g.get("aliases", [])]:
            index.setdefault(comparable(alias), i)
    matched: dict[int, dict] = {}
    unmatched = result.unmatched_predictions.setdefault((doc, kind), set())
    for p in pred_items:
        name = p.get("name") if isinstance(p, dict) else p
        i = index.get(comparable(name))
        if i is not None and i not in matched:
            matched[i] = p if isinstance(p, dict) else {"name": p}
            s.tp += 1
        else:
            s.fp += 1
            result.errors.append(Error(doc, kind, "FP" if i is None else "DUP", str(name)))
            unmatched.add(comparable(name))
    found = result.matched.setdefault((doc, kind), set())
    for i, g in enumerate(gold_items):
        if i not in matched:
            s.fn += 1
            result.errors.append(Error(doc, kind, "FN", g["name"]))
            continue
        p = matched[i]
        found.add(comparable(g["name"]))
        links.setdefault(comparable(g["name"]), set()).add((doc, comparable(p.get("name"))))
        for attr in ATTRIBUTES[kind]:
            if attr not in g or (attr == "issuer" and g[attr] is None):
                continue
            if attr == "issuer":
                ok = _same_issuer(p.get(attr), g[attr], forms)
            elif attr in ("type", "relation"):
                ok = p.get(attr) == g[attr]
            else:
                ok = comparable(p.get(attr)) == comparable(g[attr])
            counts = s.attributes.setdefault(attr, [0, 0])
            counts[0] += ok
            counts[1] += 1
            if not ok:
                result.errors.append(Error(doc, kind, f"ATTR:{attr}", f"{g['name']}: gold={g[attr]!r} predicted={p.get(attr)!r}"))


@dataclass
class Comparison:
    gained: list[tuple[str, str, str]]  # (doc, kind, gold name) matched now, not before
    lost: list[tuple[str, str, str]]
    new_false_positives: list[tuple[str, str, str]]
    fixed_false_positives: list[tuple[str, str, str]]
    before: Score
    after: Score


def compare(old: dict[str, dict], new: dict[str, dict], gold: dict[str, dict], kinds: Iterable[str] = KINDS) -> Comparison:
    """What changed between two runs: gold entities gained and lost, false positives added and removed."""
    before, after = score(old, gold, kinds), score(new, gold, kinds)
    gained, lost, added, removed = [], [], [], []
    for key in sorted(set(before.matched) | set(after.matched)):
        b, a = before.matched.get(key, set()), after.matched.get(key, set())
        gained += [(key[0], key[1], n) for n in sorted(a - b)]
        lost += [(key[0], key[1], n) for n in sorted(b - a)]
    for key in sorted(set(before.unmatched_predictions) | set(after.unmatched_predictions)):
        b, a = before.unmatched_predictions.get(key, set()), after.unmatched_predictions.get(key, set())
        added += [(key[0], key[1], n) for n in sorted(a - b)]
        removed += [(key[0], key[1], n) for n in sorted(b - a)]
    return Comparison(gained, lost, added, removed, before, after)


def format_score(result: Score) -> str:
    lines = [f"{'type':<15}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}  attribute accuracy; cross-document consistency"]
    for kind, s in result.kinds.items():
        attrs = " ".join(f"{a}={v:.4f}" if v is not None else f"{a}=-" for a, v in s.attribute_accuracy().items())
        xdoc = f"{s.consistent / s.multi_document:.4f}" if s.multi_document else "-"
        lines.append(f"{kind:<15}{s.precision:>8.4f}{s.recall:>8.4f}{s.f1:>8.4f}{s.tp:>6}{s.fp:>6}{s.fn:>6}  "
                     f"{attrs}  xdoc={xdoc} of {s.multi_document}")
    o = result.overall()
    lines.append(f"{'overall':<15}{o.precision:>8.4f}{o.recall:>8.4f}{o.f1:>8.4f}   ({result.documents} documents)")
    lines.append("report fields: " + " ".join(f"{f}={ok / n:.4f}" for f, (ok, n) in result.report_fields.items() if n))
    return "\n".join(lines)
