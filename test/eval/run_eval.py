#!/usr/bin/env python3
"""Precision/recall of resource-tidy's checks on real-world shapes.

Three corpora, each a directory of small, self-contained reproductions of
shapes seen in public code or bug reports (the first line of each cites its
source), with its stubs in a 'stubs' directory beside it:

  cases/              resource-per-call-client; the checks were tuned on it
  heldout/cases/      resource-per-call-client; measured blind once, then
                      used to diagnose misses
  fresh/per-call/     resource-per-call-client; measured blind once
  fresh/unreleased/   resource-unreleased-handle; measured blind once
  blind/lease/        resource-unreturned-lease; measured blind once
  blind/shared-close/ resource-shared-client-close; measured blind once
  blind/unreleased/   resource-unreleased-handle; measured blind once

A line that ends with the comment EXPECT-WARN is where the check should report
(the start of the construction or acquiring call); every other line should
stay silent.  Extra compiler flags for a case sit in a comment "FLAGS: ..." in
its first lines; they are relative to the case directory (the tool runs
there), so the shared stubs are -I../stubs.

  run_eval.py [--corpus first|heldout|fresh|blind|blind2 ... blind7] [--check CHECK]
              [--cases DIR --check CHECK] [--plugin PATH] [--tidy PATH]
              [-j N] [--check-fixes] [--strict] [--filter SUBSTRING]
              [--verbose]

Prints per-case TP/FP/FN, per-library and overall precision/recall, every
false positive and false negative, crashes, and (with --check-fixes) fixes
that do not compile or leave warnings.  The last line is "N passed, N failed";
a case passes when its findings equal its expectations and the tool did not
crash.  Exit status is 0 unless --strict is given.
"""

import argparse
import collections
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PER_CALL = "resource-per-call-client"
UNRELEASED = "resource-unreleased-handle"
LEASE = "resource-unreturned-lease"
SHARED_CLOSE = "resource-shared-client-close"
CHECKS = (PER_CALL, UNRELEASED, LEASE, SHARED_CLOSE)
# The corpora: the first one (the checks were tuned on it), the held-out
# one (measured blind once, then used for diagnosis), and the fresh one.
CORPORA = {
    "first": [(PER_CALL, os.path.join(HERE, "cases"))],
    "heldout": [(PER_CALL, os.path.join(HERE, "heldout", "cases"))],
    "fresh": [(PER_CALL, os.path.join(HERE, "fresh", "per-call")),
              (UNRELEASED, os.path.join(HERE, "fresh", "unreleased"))],
    "blind": [(LEASE, os.path.join(HERE, "blind", "lease")),
              (SHARED_CLOSE, os.path.join(HERE, "blind", "shared-close")),
              (UNRELEASED, os.path.join(HERE, "blind", "unreleased"))],
    "blind2": [(LEASE, os.path.join(HERE, "blind2", "lease")),
               (SHARED_CLOSE, os.path.join(HERE, "blind2", "shared-close")),
               (UNRELEASED, os.path.join(HERE, "blind2", "unreleased"))],
    "blind3": [(LEASE, os.path.join(HERE, "blind3", "lease"))],
    "blind4": [(LEASE, os.path.join(HERE, "blind4", "lease")),
               (SHARED_CLOSE, os.path.join(HERE, "blind4", "shared-close"))],
    "blind5": [(LEASE, os.path.join(HERE, "blind5", "lease")),
               (SHARED_CLOSE, os.path.join(HERE, "blind5", "shared-close"))],
    "blind6": [(SHARED_CLOSE, os.path.join(HERE, "blind6", "shared-close")),
               (UNRELEASED, os.path.join(HERE, "blind6", "unreleased"))],
    "blind7": [(SHARED_CLOSE, os.path.join(HERE, "blind7", "shared-close")),
               (UNRELEASED, os.path.join(HERE, "blind7", "unreleased"))],
}
# Set per run by run_suite(); the helpers below read them. Each corpus keeps
# its stubs in a 'stubs' directory next to its cases.
CHECK = PER_CALL
CASES = CORPORA["first"][0][1]
STUBS = os.path.join(HERE, "stubs")
DEFAULT_PLUGIN = os.path.normpath(
    os.path.join(HERE, "..", "..", "build", "lib", "libResourceTidy.so"))
DEFAULT_TIDY = "/usr/lib/llvm-22/bin/clang-tidy"
EXPECT_RE = re.compile(r"//\s*EXPECT-WARN\b")
FLAGS_RE = re.compile(r"FLAGS:(.*)$")
LIB_RE = re.compile(r"LIBRARY:\s*(\S+)")
HEADER_LINES = 10  # FLAGS and LIBRARY are looked for in the first lines only
CRASH_MARKERS = ("Stack dump:", "PLEASE submit a bug report", "Segmentation fault",
                 "Aborted", "LLVM ERROR:", "Assertion `")


def is_c(path):
    return path.endswith(".c")


def std_flags(path):
    # C sources are compiled as C; everything else as C++17 (as the team's
    # command line: -- -std=c++17 <FLAGS>).
    return ["-x", "c", "-std=gnu11"] if is_c(path) else ["-std=c++17"]


class Case:
    def __init__(self, path):
        self.path = path
        self.name = os.path.basename(path)
        with open(path, encoding="utf-8") as f:
            self.lines = f.read().split("\n")
        self.flags = []
        self.library = None
        for text in self.lines[:HEADER_LINES]:
            m = FLAGS_RE.search(text)
            if m:
                self.flags += m.group(1).split()
            m = LIB_RE.search(text)
            if m and not self.library:
                self.library = m.group(1)
        if not self.library:
            self.library = self.name.split("_")[0]
        self.source = self.lines[0].lstrip("/ ").strip() if self.lines else ""
        self.expected = collections.Counter(
            i + 1 for i, t in enumerate(self.lines) if EXPECT_RE.search(t))


def warning_re(fname):
    return re.compile(r"^(?P<file>[^:\n]*" + re.escape(fname) +
                      r"):(?P<line>\d+):(?P<col>\d+): warning: (?P<msg>.*) \[" +
                      re.escape(CHECK) + r"(?:,[^\]]*)?\]\s*$", re.M)


def run_tidy(tidy, plugin, path, flags, cwd, extra=()):
    cmd = [tidy, "--load=" + plugin, "-checks=-*," + CHECK, *extra, path, "--",
           *std_flags(path), *flags]
    try:
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=600)
        return p.returncode, p.stdout, p.stderr, cmd
    except subprocess.TimeoutExpired as e:
        return -999, e.stdout or "", (e.stderr or "") + "\n<timeout>", cmd


def crashed(rc, out, err):
    text = out + err
    return rc < 0 or any(m in text for m in CRASH_MARKERS)


def findings(out, fname):
    got = collections.Counter()
    msgs = collections.defaultdict(list)
    for m in warning_re(fname).finditer(out):
        line = int(m.group("line"))
        got[line] += 1
        msgs[line].append("col %s: %s" % (m.group("col"), m.group("msg")))
    return got, msgs


def evaluate(case, args):
    rc, out, err, cmd = run_tidy(args.tidy, args.plugin, case.name, case.flags, CASES)
    res = {"case": case, "rc": rc, "cmd": cmd, "crash": crashed(rc, out, err),
           "stderr": err, "stdout": out}
    # clang-tidy's own compile errors (not a crash, but the run says nothing)
    # Only real diagnostics ("file:line:col: error:" or a bare "error:"): the
    # tool echoes source lines under its warnings, and a source line that
    # contains the text "error:" (a printf format, say) is not a compile error.
    res["errors"] = [l for l in (out + err).splitlines()
                     if re.search(r"(^|:\d+:\d+: )(fatal )?error:", l) and CHECK not in l]
    got, msgs = findings(out, case.name)
    res["got"], res["msgs"] = got, msgs
    res["nofix"] = sorted(set(re.findall(r"note: no automatic fix: (.*?)(?: \[" + re.escape(CHECK) + r"\])?$",
                                         out, re.M)))
    tp = fp = fn = 0
    fps, fns = [], []
    for line in sorted(set(got) | set(case.expected)):
        g, e = got[line], case.expected[line]
        tp += min(g, e)
        if g > e:
            fp += g - e
            for m in msgs[line][:g - e] if e == 0 else msgs[line][e:]:
                fps.append((line, m))
        if e > g:
            fn += e - g
            fns.append((line, case.lines[line - 1].strip()))
    res.update(tp=tp, fp=fp, fn=fn, fps=fps, fns=fns)
    res["passed"] = fp == 0 and fn == 0 and not res["crash"] and not res["errors"]
    return res


def compile_cmd(path, flags):
    cc = "clang-22" if is_c(path) else "clang++-22"
    return [cc, "-fsyntax-only", *std_flags(path), *flags, path]


def check_fix(case, args, expected_warning=True):
    """Applies the check's fixes to a copy and checks the result."""
    tmp = tempfile.mkdtemp(prefix="rt-eval-fix-")
    try:
        cdir = os.path.join(tmp, "cases")
        os.makedirs(cdir)
        os.symlink(STUBS, os.path.join(tmp, "stubs"))
        dst = os.path.join(cdir, case.name)
        shutil.copy(case.path, dst)
        rc, out, err, _ = run_tidy(args.tidy, args.plugin, case.name, case.flags, cdir,
                                   extra=("--fix", "--fix-notes"))
        problem = {"case": case, "crash": crashed(rc, out, err), "on_fp": not expected_warning}
        with open(dst, encoding="utf-8") as f:
            fixed = f.read()
        problem["changed"] = fixed != "\n".join(case.lines)
        c = subprocess.run(compile_cmd(case.name, case.flags), cwd=cdir,
                           capture_output=True, text=True)
        problem["compile_ok"] = c.returncode == 0
        problem["compile_errors"] = [l for l in c.stderr.splitlines() if "error:" in l][:5]
        rc2, out2, err2, _ = run_tidy(args.tidy, args.plugin, case.name, case.flags, cdir)
        got2, msgs2 = findings(out2, case.name)
        problem["left"] = [(l, m) for l in sorted(msgs2) for m in msgs2[l]]
        problem["crash"] = problem["crash"] or crashed(rc2, out2, err2)
        if problem["changed"]:
            diff = subprocess.run(["diff", "-u", case.path, dst], capture_output=True, text=True)
            problem["diff"] = diff.stdout
        else:
            problem["diff"] = ""
        return problem
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def ratio(a, b):
    return "%.3f" % (a / b) if b else "n/a"


def run_suite(check, cases_dir, args):
    """Runs one check over one case directory; returns (passed, failed, bad)."""
    global CHECK, CASES, STUBS
    CHECK, CASES = check, os.path.abspath(cases_dir)
    STUBS = os.path.join(os.path.dirname(CASES), "stubs")
    print("\n######## %s on %s" % (CHECK, os.path.relpath(CASES, HERE)))
    paths = sorted(os.path.join(CASES, f) for f in os.listdir(CASES)
                   if f.endswith((".c", ".cpp", ".cc")) and args.filter in f)
    cases = [Case(p) for p in paths]
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as ex:
        results = list(ex.map(lambda c: evaluate(c, args), cases))

    print("== Cases (TP/FP/FN per case)")
    for r in results:
        c = r["case"]
        kind = "pos" if c.expected else "neg"
        flag = "PASS" if r["passed"] else "FAIL"
        extra = " CRASH" if r["crash"] else (" COMPILE-ERROR" if r["errors"] else "")
        print("%s %-55s %-16s %s TP=%d FP=%d FN=%d%s" % (flag, c.name, c.library, kind,
                                                        r["tp"], r["fp"], r["fn"], extra))
        if args.verbose and not r["passed"]:
            print("   $ " + " ".join(r["cmd"]))
            for l in (r["stdout"] + r["stderr"]).splitlines()[:40]:
                print("   | " + l)

    per_lib = collections.defaultdict(lambda: [0, 0, 0, 0, 0])  # tp fp fn cases failed
    for r in results:
        s = per_lib[r["case"].library]
        s[0] += r["tp"]; s[1] += r["fp"]; s[2] += r["fn"]; s[3] += 1; s[4] += 0 if r["passed"] else 1
    print("\n== Per library")
    print("%-18s %5s %4s %4s %4s %9s %7s %s" % ("library", "cases", "TP", "FP", "FN", "precision", "recall", "failed"))
    T = [0, 0, 0]
    for lib in sorted(per_lib):
        tp, fp, fn, n, failed = per_lib[lib]
        T[0] += tp; T[1] += fp; T[2] += fn
        print("%-18s %5d %4d %4d %4d %9s %7s %d" % (lib, n, tp, fp, fn, ratio(tp, tp + fp), ratio(tp, tp + fn), failed))
    tp, fp, fn = T
    npos = sum(1 for r in results if r["case"].expected)
    print("\n== Overall: %d cases (%d with expected warnings, %d without), %d expected warnings"
          % (len(results), npos, len(results) - npos, sum(sum(r["case"].expected.values()) for r in results)))
    print("TP=%d FP=%d FN=%d  precision=%s  recall=%s" % (tp, fp, fn, ratio(tp, tp + fp), ratio(tp, tp + fn)))
    neg_fp_cases = sum(1 for r in results if not r["case"].expected and r["fp"])
    print("negative cases with any warning: %d of %d" % (neg_fp_cases, len(results) - npos))

    print("\n== False positives")
    for r in results:
        for line, msg in r["fps"]:
            print("FP %s:%d: %s" % (r["case"].name, line, msg))
    print("\n== False negatives")
    for r in results:
        for line, code in r["fns"]:
            print("FN %s:%d: %s" % (r["case"].name, line, code))

    crashes = [r for r in results if r["crash"]]
    print("\n== Crashes: %d" % len(crashes))
    for r in crashes:
        print("CRASH %s (exit %s)" % (r["case"].name, r["rc"]))
        tail = [l for l in r["stderr"].splitlines() if l.strip()][-12:]
        for l in tail:
            print("   | " + l)
    errs = [r for r in results if r["errors"] and not r["crash"]]
    if errs:
        print("\n== Cases clang-tidy could not compile: %d" % len(errs))
        for r in errs:
            print("ERROR %s: %s" % (r["case"].name, r["errors"][0]))

    bad_fixes = []
    if args.check_fixes:
        warned = [r for r in results if sum(r["got"].values())]
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as ex:
            fixes = list(ex.map(lambda r: check_fix(r["case"], args, r["tp"] > 0), warned))
        nofix = {r["case"].name: r["nofix"] for r in warned}
        print("\n== Fixes (%d files with warnings; --fix --fix-notes applied to a copy)" % len(fixes))
        for p in fixes:
            status = []
            applied = p["changed"]
            if not applied:
                why = "; ".join(nofix.get(p["case"].name) or []) or "no fix-it emitted"
                status.append("no fix offered (%s)" % why)
            else:
                if not p["compile_ok"]:
                    status.append("DOES NOT COMPILE")
                if p["left"]:
                    status.append("%d warning(s) left" % len(p["left"]))
                if p["on_fp"]:
                    status.append("applied on a false positive")
            if p["crash"]:
                status.append("CRASH")
            print("%-55s %s" % (p["case"].name, ", ".join(status) or "ok"))
            if applied and (not p["compile_ok"] or p["left"] or p["on_fp"]) or p["crash"]:
                bad_fixes.append(p)
                for e in p["compile_errors"]:
                    print("   error: " + e.split("error:", 1)[1].strip())
                for l, m in p["left"]:
                    print("   left %d: %s" % (l, m))
                if args.verbose and p["diff"]:
                    for l in p["diff"].splitlines()[:60]:
                        print("   | " + l)
        applied = [p for p in fixes if p["changed"]]
        print("fixes applied: %d of %d warned files; do not compile: %d; leave warnings: %d; "
              "applied on false positives: %d; no fix offered: %d"
              % (len(applied), len(fixes), sum(1 for p in applied if not p["compile_ok"]),
                 sum(1 for p in applied if p["left"]), sum(1 for p in applied if p["on_fp"]),
                 len(fixes) - len(applied)))

    passed = sum(1 for r in results if r["passed"])
    failed = len(results) - passed
    print("\n%s: %d passed, %d failed" % (CHECK, passed, failed))
    return passed, failed, bool(crashes or bad_fixes)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", choices=sorted(CORPORA), action="append",
                    help="corpus to run (repeatable; default: all)")
    ap.add_argument("--check", choices=CHECKS, help="only this check")
    ap.add_argument("--cases", help="a case directory of your own (needs --check)")
    ap.add_argument("--plugin", default=DEFAULT_PLUGIN)
    ap.add_argument("--tidy", default=DEFAULT_TIDY)
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--check-fixes", action="store_true")
    ap.add_argument("--strict", action="store_true", help="exit 1 if any case fails, crashes or any fix is bad")
    ap.add_argument("--filter", default="", help="only cases whose file name contains this")
    ap.add_argument("--verbose", action="store_true", help="print clang-tidy output of failing cases")
    args = ap.parse_args()

    if not os.path.exists(args.plugin):
        print("plugin not found: %s" % args.plugin)

    if args.cases:
        if not args.check:
            ap.error("--cases needs --check")
        suites = [(args.check, args.cases)]
    else:
        suites = [suite for name in (args.corpus or sorted(CORPORA))
                  for suite in CORPORA[name]
                  if not args.check or suite[0] == args.check]

    total_passed = total_failed = 0
    any_bad = False
    for check, cases_dir in suites:
        if not os.path.isdir(cases_dir):
            print("no case directory: %s" % cases_dir)
            total_failed += 1
            continue
        p, f, bad = run_suite(check, cases_dir, args)
        total_passed += p
        total_failed += f
        any_bad = any_bad or bad

    print("\n%d passed, %d failed" % (total_passed, total_failed))
    if args.strict and (total_failed or any_bad):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
