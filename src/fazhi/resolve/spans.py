"""Fast questions about mention spans, so that resolving a report stays linear in its
length (apart from a logarithm) however many mentions it has."""
from __future__ import annotations

import bisect
from collections.abc import Iterable


class SpanIndex:
    """Spans that can be asked in logarithmic time whether one of them contains a range."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.max_end: list[int] = []  # the furthest end among the spans up to each one
        for _, e in ordered:
            self.max_end.append(max(e, self.max_end[-1]) if self.max_end else e)

    def contains(self, start: int, end: int) -> bool:
        """True when some span (s, e) has s <= start and end <= e."""
        i = bisect.bisect_right(self.starts, start) - 1
        return i >= 0 and self.max_end[i] >= end
