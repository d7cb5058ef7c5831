"""Times the population-and-staffing model of the Aizu scenario (13 municipalities,
2020-2040) in plain Python, numpy and PySD: one run, 10,000 runs, and from process
start to exit; and `aizusim -c 'project 2040'` start to exit as a process.

    python3 bench.py [--aizusim PATH] [--pysd-batch K] [--quick] [--json FILE]

A run is one projection with its own leave rate q ~ U(0.025, 0.045) and elderly
weight w ~ U(1, 2), ε fitted to the base year for that w (so every run refits),
all three implementations getting the same parameters (seeded). It returns
population, 65+, staff supply, staff demand and shortfall for every municipality
and year. The inputs are read once (tomllib; PySD: the translated model loaded)
before the in-process timings; the process timings include all of it.

- plain Python: 10,000 runs are 10,000 calls, timed whole (3 repeats); P, E and W
  (population, 65+, recruitment pool), which do not depend on q, w or ε, are
  computed once for the batch, as numpy does;
- numpy: one call with arrays of 10,000 runs;
- PySD: a batch of K runs (default 50) is timed and multiplied by 10,000 / K:
  a real 10,000-run batch would take hours here (it is printed as extrapolated).

Every figure is a median of repeats (min and max beside it). The machine is shared
(2 cores, Swift builds running beside): the load average is printed with the
results. The AizuSim (Swift) in-process figures come from the Swift benchmark
(issue 14); their place in the table is marked.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np

import aizu_model as am
import aizu_numpy as an

HERE = os.path.dirname(os.path.abspath(__file__))
RUNS = 10_000
SEED = 2040
METRICS = am.METRICS


def parameters(n, seed=SEED):
    rng = np.random.default_rng(seed)
    return rng.uniform(0.025, 0.045, n), rng.uniform(1.0, 2.0, n)


def stats(samples, cpu=None):
    s = {"median": statistics.median(samples), "min": min(samples), "max": max(samples),
         "n": len(samples)}
    if cpu is not None:
        s["cpu_median"] = statistics.median(cpu)
    return s


def repeat(fn, repeats, number=1):
    """Per-call seconds of `fn`, `number` calls per sample, `repeats` samples: wall
    (perf_counter) and CPU time of this process (process_time), which a shared,
    loaded machine inflates much less than wall time."""
    wall, cpu = [], []
    for _ in range(repeats):
        t, c = time.perf_counter(), time.process_time()
        for _ in range(number):
            fn()
        cpu.append((time.process_time() - c) / number)
        wall.append((time.perf_counter() - t) / number)
    return stats(wall, cpu)


def calibrated_number(fn, target=0.2):
    t = time.perf_counter()
    fn()
    one = max(time.perf_counter() - t, 1e-7)
    return max(1, int(target / one))


def process(cmd, repeats, cwd=HERE):
    """Wall seconds from spawn to exit (median of `repeats`), the child's CPU time
    (user + sys), and the process's peak
    RSS in MiB from one more run under GNU time: a child forked from this process
    would report this process's own RSS (Linux keeps the high-water mark across
    fork and exec), the grandchild that /usr/bin/time forks does not."""
    walls, cpus = [], []
    for _ in range(repeats):
        t = time.perf_counter()
        p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(p.pid, 0)
        walls.append(time.perf_counter() - t)
        p.returncode = os.waitstatus_to_exitcode(status)
        if p.returncode != 0:
            raise SystemExit(f"{cmd} exited {p.returncode}")
        cpus.append(usage.ru_utime + usage.ru_stime)
    s = stats(walls, cpus)
    s["peak_rss_mib"] = None
    if os.path.exists("/usr/bin/time"):
        with tempfile.NamedTemporaryFile("r", suffix=".rss") as out:
            subprocess.run(["/usr/bin/time", "-f", "%M", "-o", out.name, *cmd], cwd=cwd,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            s["peak_rss_mib"] = int(out.read().split()[-1]) / 1024
    return s


def find_aizusim(path):
    if path:
        return path
    if os.environ.get("AIZUSIM"):
        return os.environ["AIZUSIM"]
    for build in ("release", "debug"):
        p = os.path.normpath(os.path.join(HERE, "..", "..", ".build", build, "aizusim"))
        if os.path.exists(p):
            return p
    return None


def main(argv):
    quick = "--quick" in argv

    def opt(name, default):
        return argv[argv.index(name) + 1] if name in argv else default

    batch = int(opt("--pysd-batch", 5 if quick else 50))
    runs = 200 if quick else RUNS
    rep = 3 if quick else 7
    aizusim = find_aizusim(opt("--aizusim", None))
    py = sys.executable
    results = {"machine": {"cpus": os.cpu_count(), "loadavg_before": os.getloadavg(),
                           "python": sys.version.split()[0], "numpy": np.__version__},
               "runs": runs}
    qs, ws = parameters(runs)

    # --- plain Python
    sc = am.load()
    one = lambda: am.project(sc, qs[0], ws[0], None)
    results["plain_one"] = repeat(one, rep, calibrated_number(one))
    def many():
        paths = am.all_people(sc)          # P, E, W once, as numpy does for its batch
        return [am.project(sc, q, w, None, paths) for q, w in zip(qs, ws)]

    results["plain_many"] = repeat(many, 3 if not quick else 1)
    print("plain done", file=sys.stderr)

    # --- numpy
    t = an.Tables(sc)
    one = lambda: an.project(t, qs[:1], ws[:1], None)
    results["numpy_one"] = repeat(one, rep, calibrated_number(one))
    many = lambda: an.project(t, qs, ws, None)
    results["numpy_many"] = repeat(many, rep)
    print("numpy done", file=sys.stderr)

    # --- PySD
    try:
        import pysd
        import aizu_pysd
    except ImportError:
        pysd = None
    if pysd is not None:
        results["machine"]["pysd"] = pysd.__version__
        tt = time.perf_counter()
        aizu_pysd.translate()
        results["pysd_translate_s"] = time.perf_counter() - tt
        tt = time.perf_counter()
        model = aizu_pysd.load()
        results["pysd_load_s"] = time.perf_counter() - tt
        first = time.perf_counter()
        aizu_pysd.run(model, qs[0], ws[0], None, METRICS)
        results["pysd_first_run_s"] = time.perf_counter() - first
        results["pysd_one"] = repeat(lambda: aizu_pysd.run(model, qs[0], ws[0], None, METRICS), 5 if not quick else 2)
        k = min(batch, runs)
        b = repeat(lambda: [aizu_pysd.run(model, q, w, None, METRICS) for q, w in zip(qs[:k], ws[:k])], 1)
        results["pysd_batch"] = {"runs": k, **b}
        results["pysd_many_extrapolated_s"] = b["median"] * runs / k
        print("pysd done", file=sys.stderr)

    # --- from process start to exit
    prep = 3 if quick else 7
    results["proc"] = {
        "python -S -c pass": process([py, "-S", "-c", "pass"], prep),
        "python -c pass": process([py, "-c", "pass"], prep),
        "plain: 1 run": process([py, "aizu_model.py"], prep),
        "numpy: 1 run": process([py, "aizu_numpy.py", "1"], prep),
        f"numpy: {runs} runs": process([py, "aizu_numpy.py", str(runs)], prep),
    }
    if pysd is not None:
        results["proc"]["PySD: 1 run (translated model)"] = process([py, "aizu_pysd.py"], 3 if not quick else 1)
        results["proc"]["PySD: 1 run (from .mdl)"] = process([py, "aizu_pysd.py", "--translate"], 3 if not quick else 1)
    if aizusim:
        results["aizusim"] = aizusim
        results["proc"]["aizusim -c 'project 2040'"] = process([aizusim, "-c", "project 2040"], prep)
        results["proc"]["aizusim --version"] = process([aizusim, "--version"], prep)
    results["machine"]["loadavg_after"] = os.getloadavg()

    report(results)
    if "--json" in argv:
        with open(opt("--json", "bench.json"), "w") as f:
            json.dump(results, f, indent=1)
    return 0


def fmt(s):
    if s is None:
        return "-"
    if s >= 3600:
        return f"{s:,.0f} s ({s / 3600:.1f} h)"
    for unit, f in (("s", 1), ("ms", 1e3), ("µs", 1e6), ("ns", 1e9)):
        if s * f >= 1:
            return f"{s * f:.3g} {unit}"
    return f"{s * 1e9:.3g} ns"


def span(st):
    return f"{fmt(st['median'])} ({fmt(st['min'])}–{fmt(st['max'])})"


def cpu(st, per=1):
    return fmt(st["cpu_median"] / per) if "cpu_median" in st else "-"


def report(r):
    m = r["machine"]
    n = r["runs"]
    print(f"Machine: {m['cpus']} CPUs, shared; load average {m['loadavg_before'][0]:.1f} before, "
          f"{m['loadavg_after'][0]:.1f} after. Python {m['python']}, numpy {m['numpy']}, "
          f"PySD {m.get('pysd', 'not installed')}.")
    print(f"Aizu scenario, 13 municipalities, 2020-2040, all years. Medians (min–max).\n")
    print(f"| | one run, wall | one run, CPU | {n:,} runs, wall | {n:,} runs, CPU | per run in {n:,}, CPU |")
    print("| --- | --- | --- | --- | --- | --- |")
    print("| AizuSim (Swift), whole model / projection | *(Swift benchmark, issue 14)* | | "
          "*(montecarlo 10000)* | | |")
    for label, one, many in (("plain Python", "plain_one", "plain_many"),
                             ("numpy, vectorised", "numpy_one", "numpy_many")):
        o, m_ = r[one], r[many]
        print(f"| {label} | {span(o)} | {cpu(o)} | {span(m_)} | {cpu(m_)} | {cpu(m_, n)} |")
    if "pysd_one" in r:
        b = r["pysd_batch"]
        k = b["runs"]
        ext = r["pysd_many_extrapolated_s"]
        print(f"| PySD {m['pysd']} | {span(r['pysd_one'])} | {cpu(r['pysd_one'])} | "
              f"{fmt(ext)} (extrapolated from {k} runs: {fmt(b['median'])}) | "
              f"{fmt(b['cpu_median'] * n / k)} (extrapolated) | {cpu(b, k)} |")
        print(f"\nPySD: translating the .mdl {fmt(r['pysd_translate_s'])}, loading the translated model "
              f"{fmt(r['pysd_load_s'])}, its first run {fmt(r['pysd_first_run_s'])}.")
    print("\nFrom process start to exit (wall; peak RSS of the process):\n")
    print("| process | wall | CPU (user + sys) | peak RSS |")
    print("| --- | --- | --- | --- |")
    for name, st in r["proc"].items():
        rss = "-" if st["peak_rss_mib"] is None else f"{st['peak_rss_mib']:.0f} MiB"
        print(f"| {name} | {span(st)} | {cpu(st)} | {rss} |")
    if "aizusim" in r:
        print(f"\naizusim: {r['aizusim']}")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
