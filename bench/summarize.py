#!/usr/bin/env python3
"""Medians of the raw runs that bench/run.sh records, as a Markdown table.

Usage: summarize.py RESULTS.tsv

The TSV has one row per timed run: pages, tool, run, status, wall_s, user_s, sys_s,
maxrss_kib, note. A (pages, tool) cell with no successful run is shown as failed, with the
note that run.sh recorded. Ratios are this tool's median wall time over Hugo's and over
JBake's at the same size ("—" where that tool did not run or failed).
"""
import csv
import statistics
import sys

TOOLS = ("report-site", "hugo", "jbake")


def load(path):
    cells = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            key = (int(row["pages"]), row["tool"])
            cell = cells.setdefault(key, {"ok": [], "notes": []})
            if row["status"] == "ok":
                cell["ok"].append((float(row["wall_s"]),
                                   float(row["user_s"]) + float(row["sys_s"]),
                                   int(row["maxrss_kib"]) / 1024.0))
            elif row["note"]:
                cell["notes"].append(row["note"])
    return cells


def medians(cell):
    if not cell or not cell["ok"]:
        return None
    runs = cell["ok"]
    return tuple(statistics.median(r[i] for r in runs) for i in range(3)) + (len(runs),)


def ratio(a, b):
    return f"{a / b:.2f}×" if a is not None and b else "—"


def main(path):
    cells = load(path)
    sizes = sorted({n for n, _ in cells})
    out = ["| pages | tool | wall s (median) | cpu s | peak RSS MiB | ratio wall vs Hugo | ratio vs JBake |",
           "|------:|------|----------------:|------:|-------------:|-------------------:|---------------:|"]
    failures = []
    for n in sizes:
        hugo = medians(cells.get((n, "hugo")))
        jbake = medians(cells.get((n, "jbake")))
        for tool in TOOLS:
            cell = cells.get((n, tool))
            if cell is None:
                continue
            m = medians(cell)
            if m is None:
                note = cell["notes"][0] if cell["notes"] else "failed"
                out.append(f"| {n:,} | {tool} | failed | | | | |")
                failures.append(f"- {tool} @ {n:,}: {note}")
                continue
            wall, cpu, rss, k = m
            runs = "" if k == max(len(c["ok"]) for c in cells.values()) else f" ({k} ok runs)"
            out.append(f"| {n:,} | {tool}{runs} | {wall:.3f} | {cpu:.2f} | {rss:.0f} | "
                       f"{ratio(wall, hugo[0] if hugo else None)} | "
                       f"{ratio(wall, jbake[0] if jbake else None)} |")
            if cell["notes"]:
                failures.append(f"- {tool} @ {n:,}: {len(cell['notes'])} failed run(s): {cell['notes'][0]}")
    print("\n".join(out))
    if failures:
        print("\nFailures:")
        print("\n".join(failures))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
