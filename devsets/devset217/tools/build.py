#!/usr/bin/env python3
"""Render every document under tools/src into docs/ and gold/."""
import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "src"))

for f in sorted((HERE / "src").glob("d*.py")):
    mod = importlib.import_module(f.stem)
    n = mod.build()
    print(f"{mod.STEM}: {n} chars")
