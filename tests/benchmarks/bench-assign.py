#!/usr/bin/python3
# bench-assign.py - turnabout-cli assign against SciPy's linear_sum_assignment
#
# Copyright 2026 The Turnabout developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# For each size, makes a matrix of uniform random values in [0, 1) from a
# fixed seed, writes it in the matrix format of DESIGN.md with 17
# significant digits (so that both solvers see exactly the same doubles),
# then times, in the same run:
#   - turnabout-cli assign FILE --timing  (its solve_seconds: the solve only)
#   - scipy.optimize.linear_sum_assignment (M, maximize=True)  (the call only)
# It checks that our matching is valid and adds up to our total, that the
# totals agree to 1e-6 relative, and prints ours, SciPy's and ours/SciPy.
# Each is the median of --repeat runs.
#
# Needs Debian's python3-scipy: run it with /usr/bin/python3, not with a
# python3 that may come first on PATH without SciPy.

import argparse
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time

try:
    import numpy as np
    from scipy.optimize import linear_sum_assignment
    import scipy
except ImportError as e:
    sys.exit(f"bench-assign: {e}: run with /usr/bin/python3 "
             "and install python3-scipy (apt-get install python3-scipy)")

DEFAULT_SIZES = "2000x2000,4000x4000,500x5000"
# The target of issue 3: at most half of SciPy's time on 2000 × 2000.
TARGET_SIZE = (2000, 2000)
TARGET_RATIO = 0.5


def parse_sizes(text):
    sizes = []
    for item in text.split(","):
        rows, cols = item.lower().split("x")
        sizes.append((int(rows), int(cols)))
    return sizes


def write_matrix(path, matrix):
    rows, cols = matrix.shape
    with open(path, "w") as f:
        f.write(f"{rows} {cols}\n")
        np.savetxt(f, matrix, fmt="%.17g")


# GNU time measures the peak memory of the command alone; the rusage of a
# child of this process would also count the Python it was forked from.
GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


def run_ours(cli, path, matrix):
    """Runs turnabout-cli once; returns (total, solve seconds, peak MB)."""
    command = [cli, "assign", path, "--timing"]
    if GNU_TIME:
        command = [GNU_TIME, "-f", "peak_kb %M"] + command
    process = subprocess.run(command, capture_output=True, text=True,
                             env=dict(os.environ, LC_ALL="C.UTF-8"))
    stdout, stderr = process.stdout, process.stderr
    if process.returncode != 0:
        sys.exit(f"bench-assign: turnabout-cli failed ({process.returncode}):\n{stderr}")

    lines = stdout.splitlines()
    if not lines or not lines[0].startswith("total "):
        sys.exit(f"bench-assign: unexpected output: {lines[:1]}")
    total = float(lines[0].split()[1])

    seconds = None
    peak = math.nan
    for line in stderr.splitlines():
        if line.startswith("solve_seconds "):
            seconds = float(line.split()[1])
        elif line.startswith("peak_kb "):
            peak = int(line.split()[1]) / 1024
    if seconds is None:
        sys.exit("bench-assign: no solve_seconds on standard error")

    # The matching must be valid and reach the total printed.
    rows_seen, cols_seen = set(), set()
    pairs = [tuple(map(int, line.split())) for line in lines[1:]]
    for row, col in pairs:
        if row in rows_seen or col in cols_seen:
            sys.exit(f"bench-assign: row {row} or column {col} used twice")
        rows_seen.add(row)
        cols_seen.add(col)
    if [r for r, _ in pairs] != sorted(r for r, _ in pairs):
        sys.exit("bench-assign: the pairs are not sorted by row")
    pair_sum = math.fsum(matrix[r, c] for r, c in pairs)
    if abs(pair_sum - total) > 1e-9 * max(1.0, abs(total)):
        sys.exit(f"bench-assign: the pairs add up to {pair_sum!r}, not {total!r}")

    return total, seconds, peak


def run_scipy(matrix):
    start = time.perf_counter()
    rows, cols = linear_sum_assignment(matrix, maximize=True)
    seconds = time.perf_counter() - start
    return math.fsum(matrix[rows, cols]), seconds


def main():
    parser = argparse.ArgumentParser(
        description="Times turnabout-cli assign against SciPy on the same matrices.")
    parser.add_argument("--cli", required=True, help="path of turnabout-cli")
    parser.add_argument("--sizes", default=DEFAULT_SIZES,
                        help=f"ROWSxCOLS,… (default: {DEFAULT_SIZES})")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of each solver per size; the median counts (default: 3)")
    parser.add_argument("--seed", type=int, default=2026,
                        help="seed of the first matrix; the next ones add 1 (default: 2026)")
    args = parser.parse_args()

    print(f"# numpy {np.__version__}, scipy {scipy.__version__}, "
          f"{os.cpu_count()} CPUs, median of {args.repeat} runs each")
    print(f"# {'size':>11}  {'ours (s)':>9}  {'scipy (s)':>9}  {'ours/scipy':>10}  "
          f"{'peak (MB)':>9}  total")

    failed = False
    target_ratio = None
    with tempfile.TemporaryDirectory(prefix="bench-assign-") as folder:
        for n, (rows, cols) in enumerate(parse_sizes(args.sizes)):
            rng = np.random.default_rng(args.seed + n)
            matrix = rng.random((rows, cols))
            path = os.path.join(folder, f"m{rows}x{cols}.txt")
            write_matrix(path, matrix)

            ours = [run_ours(args.cli, path, matrix) for _ in range(args.repeat)]
            theirs = [run_scipy(matrix) for _ in range(args.repeat)]
            os.unlink(path)

            total = ours[0][0]
            their_total = theirs[0][0]
            our_time = statistics.median(t for _, t, _ in ours)
            their_time = statistics.median(t for _, t in theirs)
            peak = max(p for _, _, p in ours)
            ratio = our_time / their_time

            same = abs(total - their_total) <= 1e-6 * max(1.0, abs(their_total))
            failed |= not same
            if (rows, cols) == TARGET_SIZE:
                target_ratio = ratio

            size = f"{rows}x{cols}"
            print(f"  {size:>11}  {our_time:9.4f}  {their_time:9.4f}  {ratio:10.3f}  "
                  f"{peak:9.0f}  {total:.9f}"
                  + ("" if same else f"  MISMATCH: scipy {their_total:.9f}"),
                  flush=True)

    if target_ratio is not None:
        verdict = "met" if target_ratio <= TARGET_RATIO else "NOT met"
        print(f"# target ours/scipy <= {TARGET_RATIO} on "
              f"{TARGET_SIZE[0]}x{TARGET_SIZE[1]}: {verdict}")
    if failed:
        sys.exit("bench-assign: the totals differ")


if __name__ == "__main__":
    main()
