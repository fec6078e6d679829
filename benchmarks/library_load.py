"""How long a library of N reports takes to reopen from the cache (issue 6: 100 in under 2 s).

    .venv/bin/python benchmarks/library_load.py [--count 100] [--parse-all]

Makes N distinct report files (the bundled samples, each copy with its own closing line, so each
has its own content hash), fills a fresh cache, then times ``Library(cache).load()`` (reading
and checking every entry, rebuilding the documents) in a new process, as a user reopening the
app would. With --parse-all every copy is parsed by the pipeline; by default the five samples
are parsed once and their documents cached under each copy's hash (same size, same work to load).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_CHILD = """
import json, sys, time
t0 = time.perf_counter()
from jmdesk.core.library import Library
t1 = time.perf_counter()
lib = Library(sys.argv[1], parse=lambda p: (_ for _ in ()).throw(SystemExit('parsed ' + str(p))))
entries = lib.load()
t2 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "load_s": t2 - t1, "documents": len(lib.documents()),
                  "from_cache": sum(e.from_cache for e in entries),
                  "figures": sum(len(d.figures) for d in lib.documents())}))
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--parse-all", action="store_true")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()

    from dataclasses import replace

    from jmdesk.core.library import Library, file_sha256, write_entry
    from jmdesk.core.pipeline import load_document
    from jmdesk.resources import sample_index

    samples = [Path(e["path"]) for e in sample_index()]
    with tempfile.TemporaryDirectory() as tmp:
        folder, cache = Path(tmp) / "reports", Path(tmp) / "cache"
        folder.mkdir()
        files = []
        for i in range(args.count):
            src = samples[i % len(samples)]
            dst = folder / f"{i:03d}-{src.name}"
            dst.write_bytes(src.read_bytes() + f"\n（副本{i}）\n".encode("utf-8"))
            files.append(dst)
        t = time.perf_counter()
        if args.parse_all:
            Library(cache).add(files)
        else:
            parsed = {s: load_document(s) for s in samples}
            for i, f in enumerate(files):
                write_entry(cache, file_sha256(f), replace(parsed[samples[i % len(samples)]], source=str(f)))
            index = json.dumps({"paths": [str(f) for f in files]})
            (cache / "library.json").write_text(index, encoding="utf-8")
        fill = time.perf_counter() - t
        size = sum(p.stat().st_size for p in cache.glob("*.json"))
        results = []
        for _ in range(args.runs):
            out = subprocess.run([sys.executable, "-c", _CHILD, str(cache)], cwd=ROOT, capture_output=True,
                                 text=True)
            if out.returncode:
                print(out.stderr.strip().splitlines()[-1] if out.stderr.strip() else out.returncode)
                return 1
            results.append(json.loads(out.stdout))
    best = min(results, key=lambda r: r["load_s"])
    print(f"documents: {best['documents']} (from cache: {best['from_cache']}), figures: {best['figures']}")
    print(f"cache: {size / 2**20:.1f} MB; filled in {fill:.1f} s")
    print("load from cache: " + ", ".join(f"{r['load_s']:.2f} s" for r in results)
          + f" (best {best['load_s']:.2f} s; import {best['import_s']:.2f} s)")
    ok = best["documents"] == args.count and best["from_cache"] == args.count and best["load_s"] < 2.0
    print("PASS: under 2 s" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
