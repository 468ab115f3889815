#!/usr/bin/env python3
"""Independent reference computation of Getis-Ord Gi* with FDR bins, for PACT's tests.

Written from the formula in DOMAIN.md, separately from the Java code, using only the Python
standard library (math.erfc for exact normal tails). Reads input.json, writes expected.json:
    python3 reference.py
"""
import json
import math
import random


def make_input():
    rng = random.Random(20180601)
    cells = []
    for row in range(9):
        for col in range(12):
            if (col, row) in {(0, 0), (11, 8), (5, 4), (0, 8)}:
                continue  # holes: cells outside the study area
            count = rng.randint(0, 3)
            if 7 <= col <= 9 and 2 <= row <= 4:
                count += 9  # a cluster
            cells.append({"col": col, "row": row, "count": count})
    return {"cellSize": 150.0, "band": 225.0, "cells": cells}


def gi_star(data):
    cells = data["cells"]
    size, band = data["cellSize"], data["band"]
    n = len(cells)
    x = [c["count"] for c in cells]
    mean = sum(x) / n
    s = math.sqrt(sum(v * v for v in x) / n - mean * mean)
    out = []
    for ci in cells:
        w = [1.0 if math.dist((ci["col"] * size, ci["row"] * size), (cj["col"] * size, cj["row"] * size)) <= band
             else 0.0 for cj in cells]
        sw = sum(w)
        sw2 = sum(v * v for v in w)
        swx = sum(wi * xj for wi, xj in zip(w, x))
        z = (swx - mean * sw) / (s * math.sqrt((n * sw2 - sw * sw) / (n - 1)))
        out.append(z)
    return out


def bh_threshold(p, alpha):
    m = len(p)
    threshold = -1.0
    for k, value in enumerate(sorted(p), start=1):
        if value <= k / m * alpha:
            threshold = value
    return threshold


def main():
    data = make_input()
    z = gi_star(data)
    p = [min(1.0, math.erfc(abs(v) / math.sqrt(2))) for v in z]
    thresholds = [(bh_threshold(p, a), b) for a, b in ((0.01, 3), (0.05, 2), (0.10, 1))]
    bins = []
    for zi, pi in zip(z, p):
        b = 0
        for t, level in thresholds:
            if t >= 0 and pi <= t:
                b = int(math.copysign(level, zi))
                break
        bins.append(b)
    with open("input.json", "w") as f:
        json.dump(data, f, indent=1)
    with open("expected.json", "w") as f:
        json.dump({"z": z, "p": p, "bins": bins}, f, indent=1)


if __name__ == "__main__":
    main()
