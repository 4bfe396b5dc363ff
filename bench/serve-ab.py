#!/usr/bin/env python3
"""Two builds of report-site's editing loop, side by side: edits interleaved between two servers.

    python3 bench/serve-ab.py A.jar B.jar [--runs 15] [--warm-up 2]

On a shared machine whose speed drifts by a third over minutes, two servers measured one after
the other differ by the drift; here both run at once, idle but for the edit being timed, and each
edit goes to A and B in turn (A then B, then B then A), so that a slow moment hits both alike.
Each server runs a copy of the repo's example with bin/report-site and its jar, as
bench/incremental.sh does: a page edit (models.md) is timed to the reload event, a figure edit
(metrics.yaml, 80 distinct values) to the reload event and to the redrawn chart image served.
Prints the medians of each, B/A, and every run. The first --warm-up edits of each kind are not
counted. Needs python3 alone; each server is stopped through its own process group.
"""
import argparse, http.client, os, pathlib, re, shutil, signal, statistics, subprocess, sys, tempfile, time, urllib.parse

ROOT = pathlib.Path(__file__).resolve().parent.parent
OLD = "{entity: google, metric: capex, period: 2025-Q3, value: 24.0,"
# The figure values bench/incremental.sh uses: new to the server, and the report's words hold for them.
VALUES = [f"{x / 100:.2f}" for x in range(2341, 2430) if x % 10 != 0]


class Server:
    def __init__(self, work, jar):
        self.work = work
        home = work / "report-site"
        (home / "target").mkdir(parents=True)
        (home / "bin").mkdir()
        shutil.copy(jar, home / "target" / "report-site.jar")
        shutil.copy(ROOT / "bin" / "report-site", home / "bin" / "report-site")
        shutil.copytree(ROOT / "content", work / "content")
        shutil.copytree(ROOT / "templates", work / "templates")
        launcher = str(home / "bin" / "report-site")
        inputs = ["--content", str(work / "content"), "--templates", str(work / "templates")]
        # one build first: the class-data archive, and the OS file cache
        subprocess.run([launcher, "build", *inputs, "--out", str(work / "warm" / "site")], check=True, capture_output=True)
        self.log = work / "serve.txt"
        with open(self.log, "w") as log:
            self.proc = subprocess.Popen([launcher, "serve", *inputs, "--out", str(work / "serve" / "site"), "--port", "0"],
                                         stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        url = None
        for _ in range(600):
            m = re.search(r"^serving .* at (http:\S+) ", self.log.read_text(), re.M)
            if m:
                url = m.group(1)
                break
            if self.proc.poll() is not None:
                sys.exit(self.log.read_text())
            time.sleep(0.1)
        if not url:
            sys.exit("serve printed no URL")
        self.url = urllib.parse.urlparse(url)
        conn = http.client.HTTPConnection(self.url.hostname, self.url.port, timeout=60)
        conn.request("GET", "/__reload", headers={"Accept": "text/event-stream"})
        self.events = conn.getresponse()

    def next_event(self):
        name = None
        while True:
            line = self.events.readline().decode("utf-8")
            if not line:
                sys.exit("the event stream closed")
            line = line.rstrip("\n")
            if line.startswith("event: "):
                name = line[7:]
            elif line == "" and name:
                return name

    def fetch(self, path):
        c = http.client.HTTPConnection(self.url.hostname, self.url.port, timeout=60)
        c.request("GET", path)
        r = c.getresponse()
        r.read()
        c.close()
        return r.status

    def edit(self, path, change, image=None):
        """Milliseconds from the save to the reload event, and to the image served after it."""
        text = path.read_text(encoding="utf-8")
        start = time.perf_counter()
        path.write_text(change(text), encoding="utf-8")
        if self.next_event() != "reload":
            sys.exit("a rebuild failed: " + self.log.read_text()[-2000:])
        reload = (time.perf_counter() - start) * 1000
        drawn = None
        if image:
            if self.fetch(image) != 200:
                sys.exit(image + " not served")
            drawn = (time.perf_counter() - start) * 1000
        time.sleep(0.3)  # let the watcher settle before the next edit
        return reload, drawn

    def stop(self):
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
            self.proc.wait(timeout=30)
        except ProcessLookupError:
            pass


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--warm-up", type=int, default=2)
    args = ap.parse_args()
    work = pathlib.Path(tempfile.mkdtemp(prefix="report-site-serve-ab."))
    servers = []
    times = {(k, kind): [] for k in (0, 1) for kind in ("page", "figure", "image")}
    try:
        for k, jar in enumerate((args.a, args.b)):
            servers.append(Server(work / "ab"[k], jar))
        for i in range(-args.warm_up, args.runs):
            for k in ((0, 1) if i % 2 == 0 else (1, 0)):
                s = servers[k]
                ms, _ = s.edit(s.work / "content" / "models.md", lambda t: t + f"\nA sentence added by the bench, number {i}.\n")
                # the reload came with the edit in the output folder, as bench/incremental.sh checks
                assert f"number {i}." in (s.work / "serve" / "site" / "models.html").read_text(encoding="utf-8"), "page rewritten"
                if i >= 0:
                    times[(k, "page")].append(ms)
        for i in range(-args.warm_up, args.runs):
            n = i + args.warm_up
            value, before = VALUES[n % len(VALUES)], VALUES[(n - 1) % len(VALUES)]
            previous = OLD if n == 0 else OLD.replace("24.0,", before + ",")
            for k in ((0, 1) if i % 2 == 0 else (1, 0)):
                s = servers[k]
                ms, drawn = s.edit(s.work / "content" / "metrics.yaml",
                                   lambda t: t.replace(previous, OLD.replace("24.0,", value + ",")), image="/charts/capex-quarterly@2x.png")
                csv = (s.work / "serve" / "site" / "charts" / "capex-quarterly.csv").read_text(encoding="utf-8")
                assert f",2025-Q3,{value}," in csv, "chart data rewritten"
                if i >= 0:
                    times[(k, "figure")].append(ms)
                    times[(k, "image")].append(drawn)
    finally:
        for s in servers:
            s.stop()
        shutil.rmtree(work, ignore_errors=True)
    print(f"A = {args.a}\nB = {args.b}\n{args.runs} edits of each kind, interleaved, after {args.warm_up} not counted\n")
    print("| what | A | B | B / A | runs A | runs B |")
    print("|---|---:|---:|---:|---|---|")
    labels = {"page": "page edit → reload", "figure": "figure edit → reload", "image": "figure edit → the redrawn image served"}
    for kind, label in labels.items():
        a, b = statistics.median(times[(0, kind)]), statistics.median(times[(1, kind)])
        runs = [" ".join(f"{x:.0f}" for x in times[(k, kind)]) for k in (0, 1)]
        print(f"| {label} | {a:.0f} ms | {b:.0f} ms | {b / a:.2f} | {runs[0]} | {runs[1]} |")


if __name__ == "__main__":
    main()
