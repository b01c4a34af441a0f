#!/usr/bin/env python3
"""Regenerate gold/*.json from the compact specs in spec_a.py / spec_b.py."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import common
import spec_a  # noqa: F401
import spec_b  # noqa: F401
common.write_all()
