"""A CSV/TSV file edited cell by cell at character offsets, in its own encoding, delimiter and
quoting: only the cells that are set change, every other byte is copied (`scanner fix` writes a
seller's export back this way, so it re-imports as it was). `csv_cells` finds each cell's span;
`CsvText` checks the layout against the csv module's own reading before anything is edited."""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Iterable

from .base import SourceError


def csv_cells(text: str, delim: str, quoting: bool = True) -> list[list[tuple[int, int]]]:
    """Every row of a CSV text as the [start, end) character spans of its raw cells (quotes
    included), so that one cell can be replaced and everything else kept as it is."""
    rows: list[list[tuple[int, int]]] = []
    i, n = 0, len(text)
    while i < n:
        cells = []
        while True:
            j = i
            if quoting and j < n and text[j] == '"':
                j += 1
                while j < n:
                    if text[j] == '"':
                        if j + 1 < n and text[j + 1] == '"':
                            j += 2
                            continue
                        j += 1
                        break
                    j += 1
            while j < n and text[j] not in (delim, "\r", "\n"):
                j += 1
            cells.append((i, j))
            i = j
            if i < n and text[i] == delim:
                i += 1
                if i == n:
                    cells.append((i, i))
                continue
            break
        if i < n and text[i] == "\r":
            i += 1
        if i < n and text[i] == "\n":
            i += 1
        rows.append(cells)
    return rows


def _cell_value(raw: str, quoting: bool) -> str:
    if quoting and raw.startswith('"'):
        end = raw.rfind('"')
        return raw[1:end if end > 0 else len(raw)].replace('""', '"')
    return raw


def _encode_cell(value: str, raw_old: str, delim: str, quoting: bool) -> str:
    if not quoting:
        return re.sub(r"[\t\r\n]+", " ", value)
    if raw_old.startswith('"') or any(ch in value for ch in (delim, '"', "\r", "\n")):
        return '"' + value.replace('"', '""') + '"'
    return value


class CsvText:
    """A delimited text file decoded in its own encoding, edited cell by cell."""

    def __init__(self, path: Path, encoding: str, delim: str, quoting: bool = True):
        self.path, self.encoding, self.delim, self.quoting = path, encoding, delim, quoting
        self.errors = "strict" if encoding.startswith("utf-16") else "surrogateescape"
        with open(path, encoding=encoding, errors=self.errors, newline="") as f:
            self.text = f.read()
        self.rows = csv_cells(self.text, delim, quoting)
        self.edits: dict[tuple[int, int], str] = {}
        self._check()

    def _check(self) -> None:
        """The cell spans must give what the csv module reads, else the file is not edited in place."""
        kw = {"quoting": csv.QUOTE_NONE} if not self.quoting else {}
        ref = [r for r in csv.reader(io.StringIO(self.text), delimiter=self.delim, **kw)]
        mine = [[self.value(r, c) for c in range(len(cells))] for r, cells in enumerate(self.rows)]
        mine_cmp = [m for m in mine if m != [""]]
        ref_cmp = [r for r in ref if r]
        if mine_cmp != ref_cmp:
            raise SourceError(f"{self.path}: the CSV layout could not be followed cell by cell; the file was "
                              f"not written", key="fix.csv_layout", path=self.path)

    def value(self, row: int, col: int) -> str:
        cells = self.rows[row]
        if col >= len(cells):
            return ""
        s, e = cells[col]
        return _cell_value(self.text[s:e], self.quoting)

    def data_rows(self, skip: int, empty_only: bool = False) -> Iterable[int]:
        """Indexes of the data rows after the first `skip` rows, as the readers see them: blank
        rows skipped (`empty_only`: only empty lines, as csv.DictReader does)."""
        for r in range(skip, len(self.rows)):
            cells = [self.value(r, c) for c in range(len(self.rows[r]))]
            if (cells != [""]) if empty_only else any(v.strip() for v in cells):
                yield r

    def set(self, row: int, col: int, value: str) -> None:
        if col < len(self.rows[row]):
            self.edits[(row, col)] = value

    def write(self, target: Path) -> None:
        pieces, pos = [], 0
        for (r, c), value in sorted(self.edits.items(), key=lambda kv: self.rows[kv[0][0]][kv[0][1]]):
            s, e = self.rows[r][c]
            pieces.append(self.text[pos:s])
            pieces.append(_encode_cell(value, self.text[s:e], self.delim, self.quoting))
            pos = e
        pieces.append(self.text[pos:])
        enc = "utf-16" if self.encoding.startswith("utf-16") else self.encoding
        with open(target, "w", encoding=enc, errors=self.errors, newline="") as f:
            f.write("".join(pieces))
