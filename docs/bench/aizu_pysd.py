"""Runs aizu.mdl (written by make_pysd_model.py) with PySD.

    python3 aizu_pysd.py [--translate]   # one run from process start, 2040 figures

PySD translates a .mdl into a Python module beside it; to keep that generated
module out of the repository, `translate` copies the .mdl into a cache folder
(AIZU_PYSD_CACHE, default $TMPDIR/aizusim-bench-pysd) and translates it there.
`load` loads the translated module without translating again.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import warnings

import numpy as np
import pysd

HERE = os.path.dirname(os.path.abspath(__file__))
MDL = os.path.join(HERE, "aizu.mdl")
CACHE = os.environ.get("AIZU_PYSD_CACHE", os.path.join(tempfile.gettempdir(), "aizusim-bench-pysd"))

# check.py's metric names → the model's variables
VARIABLES = {
    "population": "population", "elderly": "elderly", "staff_supply": "staff supply",
    "staff_demand": "staff demand", "shortfall_fte": "shortfall",
    "elderly_share": "elderly share", "recruitment_pool": "recruitment pool",
}


def translate(mdl=MDL, cache=CACHE):
    """Translates the .mdl (in a copy under `cache`) and returns the loaded model.

    PySD's translator writes lookup tables and subscripted constants into the
    Python module with np.array2string, that is with numpy's print options, whose
    default precision is 8 decimals: ln P(2020) of 会津若松市, 11.681165000554872,
    would become 11.681165 and P(2020) 118321.99994, 5e-10 off, and a 65+ share
    0.28916... would keep 8 digits, 2e-8 off. Translating under floatmode="unique"
    writes the shortest text that reads back as the same double."""
    os.makedirs(cache, exist_ok=True)
    copy = os.path.join(cache, os.path.basename(mdl))
    shutil.copyfile(mdl, copy)
    with np.printoptions(floatmode="unique"):
        return pysd.read_vensim(copy)


def translated_path(mdl=MDL, cache=CACHE):
    return os.path.join(cache, os.path.splitext(os.path.basename(mdl))[0] + ".py")


def load(mdl=MDL, cache=CACHE):
    """Loads the module an earlier `translate` wrote."""
    return pysd.load(translated_path(mdl, cache))


def run(model, leave_rate=None, elderly_weight=None, elasticity=None, metrics=tuple(VARIABLES)):
    """One run; returns ({metric: array (municipalities, years)}, ε, municipalities).
    elasticity None: fitted by the model."""
    params = {}
    if leave_rate is not None:
        params["leave rate"] = leave_rate
    if elderly_weight is not None:
        params["elderly weight"] = elderly_weight
    params["elasticity setting"] = -1.0 if elasticity is None else elasticity
    names = [VARIABLES[k] for k in metrics] + ["elasticity"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        df = model.run(params=params, return_columns=names)
    out = {}
    elements = None
    for k in metrics:
        cols = [c for c in df.columns if c.startswith(VARIABLES[k] + "[")]
        elements = [c[len(VARIABLES[k]) + 1:-1] for c in cols]
        out[k] = df[cols].to_numpy().T
    return out, float(df["elasticity"].iloc[0]), elements


def main(argv):
    model = translate() if "--translate" in argv or not os.path.exists(translated_path()) else load()
    out, eps, elements = run(model)
    print(f"PySD {pysd.__version__}, elasticity {eps!r}; last year supply:")
    for e, s in zip(elements, out["staff_supply"][:, -1]):
        print(f"{e:<14} {s:9.2f}")


if __name__ == "__main__":
    main(sys.argv)
