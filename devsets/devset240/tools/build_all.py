import importlib, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
for p in sorted(Path(__file__).parent.glob("spec_*.py")):
    importlib.import_module(p.stem)
    print("built", p.stem)
