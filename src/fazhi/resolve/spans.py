"""Fast questions about mention spans, so that resolving a report stays linear in its
length (apart from a logarithm) however many mentions it has."""
from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence


class SpanIndex:
    """Spans that can be asked in logarithmic time whether one of them contains a range, and
    which ones do (each span may carry a payload: the mention it is the span of)."""

    def __init__(self, spans: Iterable[tuple[int, int]], payloads: Sequence | None = None):
        given = list(spans)
        self._positions = sorted(range(len(given)), key=given.__getitem__)  # sorted span i → its input position
        self._payloads = payloads
        ordered = [given[i] for i in self._positions]
        self.spans = ordered
        self.starts = [s for s, _ in ordered]
        self.longest = max((e - s for s, e in ordered), default=0)
        self.end_at_start: dict[int, int] = {}  # start → the furthest end of the spans starting there
        self.start_at_end: dict[int, int] = {}  # end → the first start of the spans ending there
        for s, e in ordered:
            self.end_at_start[s] = max(e, self.end_at_start.get(s, e))
            self.start_at_end.setdefault(e, s)  # (ordered by start: the first seen is the first)
        self.max_end: list[int] = []  # the furthest end among the spans up to each one
        for _, e in ordered:
            self.max_end.append(max(e, self.max_end[-1]) if self.max_end else e)

    def contains(self, start: int, end: int) -> bool:
        """True when some span (s, e) has s <= start and end <= e."""
        i = bisect.bisect_right(self.starts, start) - 1
        return i >= 0 and self.max_end[i] >= end

    def starts_and_contains(self, start: int, end: int) -> bool:
        """True when some span (s, e) has s == start and end <= e."""
        return self.end_at_start.get(start, -1) >= end

    def ends_and_contains(self, start: int, end: int) -> bool:
        """True when some span (s, e) has e == end and s <= start."""
        return self.start_at_end.get(end, start + 1) <= start

    def furthest_end_within(self, start: int, end: int) -> int | None:
        """The furthest end e of the spans (s, e) with s <= start < e < end, or None."""
        best = None
        i = bisect.bisect_right(self.starts, start) - 1
        while i >= 0 and self.starts[i] >= start - self.longest:
            e = self.spans[i][1]
            if start < e < end and (best is None or e > best):
                best = e
            i -= 1
        return best

    def enclosing(self, start: int, end: int) -> list:
        """The payloads (without payloads: the input positions) of the spans (s, e) with
        s <= start and end <= e, in the order the spans were given."""
        positions = []
        i = bisect.bisect_right(self.starts, start) - 1
        while i >= 0 and self.starts[i] >= start - self.longest:
            if end <= self.spans[i][1]:
                positions.append(self._positions[i])
            i -= 1
        positions.sort()
        return positions if self._payloads is None else [self._payloads[p] for p in positions]
