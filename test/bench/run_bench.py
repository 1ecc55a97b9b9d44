#!/usr/bin/env python3
"""How much the resource-* checks add to a clang-tidy run.

Runs clang-tidy-22 with the plugin loaded twice per repetition, in
alternating order: once with only the resource-* checks, once with one
trivial upstream check (the baseline: parse, Sema and one AST-matcher
traversal). The difference is what resource-* costs. Inputs:

  (a) header_heavy.cpp: a gRPC/httplib/libpq/hiredis/curl service file,
      few functions, mostly headers;
  (b) a generated code-heavy file (gen_code_heavy.py), thousands of
      functions, handlers, lambdas, loops and client calls;
  plus a scaling series of (b) at 1x, 4x and 16x its size, and clang-tidy's
  own --enable-check-profile per-check times.

Medians of wall time and of CPU time (user+sys of the clang-tidy process) are
printed with the overhead in percent. On a shared, busy machine wall time is
noisy; alternating repetitions and medians damp that, and CPU time is the
steadier figure. --callgrind adds instruction counts (valgrind), which do not
depend on load at all.

Builds nothing: it uses build/lib/libResourceTidy.so (or --plugin) and only
writes the generated inputs (into --work-dir, default build/bench).
Not part of the test suite.

  python3 test/bench/run_bench.py [--reps N] [--plugin PATH] [--callgrind]
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import gen_code_heavy  # noqa: E402

RESOURCE_CHECKS = "-*,resource-*"
# One matcher (namespace alias declarations, which these files do not have)
# whose callbacks never run: the baseline pays for parsing, Sema and the
# AST-matcher traversal that any clang-tidy check set pays for, and nothing
# else.
BASELINE_CHECKS = "-*,misc-unused-alias-decls"
COMPILE_FLAGS = ["-std=c++17"]


def tidy_command(args, checks, source, extra=()):
    return ([args.clang_tidy, "--load=" + args.plugin, "-checks=" + checks,
             "--quiet"] + list(extra) + [source, "--"] + COMPILE_FLAGS)


def timed(cmd):
    """Runs \p cmd; returns (wall seconds, cpu seconds, output)."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    proc.stdout.close()
    text = out.decode(errors="replace")
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):  # 1: clang-tidy found warnings-as-errors; fine
        sys.exit("command failed (%d): %s\n%s" % (code, " ".join(cmd),
                                                 text[-2000:]))
    if "error:" in text:
        sys.exit("compile error in benchmark input: %s\n%s" %
                 (" ".join(cmd), text[-2000:]))
    return wall, usage.ru_utime + usage.ru_stime, text


def compare(args, source, reps, label):
    """Alternating repetitions of baseline and resource-*; medians."""
    runs = {"base": [], "resource": []}
    warnings = None
    for rep in range(reps):
        order = ["base", "resource"] if rep % 2 == 0 else ["resource", "base"]
        for which in order:
            checks = BASELINE_CHECKS if which == "base" else RESOURCE_CHECKS
            wall, cpu, out = timed(tidy_command(args, checks, source))
            runs[which].append((wall, cpu))
            if which == "resource":
                warnings = len(re.findall(r"warning: .*\[resource-", out))
        print("  %s rep %d/%d: base %.2fs wall %.2fs cpu, resource %.2fs "
              "wall %.2fs cpu" % (label, rep + 1, reps, *runs["base"][-1],
                                  *runs["resource"][-1]), flush=True)
    result = {"warnings": warnings, "reps": reps}
    for metric, index in (("wall", 0), ("cpu", 1)):
        base = statistics.median(r[index] for r in runs["base"])
        res = statistics.median(r[index] for r in runs["resource"])
        result[metric] = (base, res, 100.0 * (res - base) / base)
    return result


def callgrind_ir(args, checks, source, work):
    out_file = os.path.join(work, "callgrind.out")
    subprocess.run(["valgrind", "--tool=callgrind",
                    "--callgrind-out-file=" + out_file] +
                   tidy_command(args, checks, source),
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(out_file) as f:
        for line in f:
            if line.startswith("totals:") or line.startswith("summary:"):
                return int(line.split()[1])
    sys.exit("no instruction total in " + out_file)


def check_profile(args, source):
    """clang-tidy's own per-check times (user+system seconds) for resource-*."""
    _, _, out = timed(tidy_command(args, RESOURCE_CHECKS, source,
                                   ["--enable-check-profile"]))
    times = {}
    # "   0.0123 (  1.2%)   0.0010 (  0.1%)   0.0133 (  1.3%)   0.0140 (  1.4%)  resource-..."
    for line in out.splitlines():
        m = re.match(r"\s*([\d.]+) \(.*?\)\s+([\d.]+) \(.*?\)\s+([\d.]+) "
                     r"\(.*?\)\s+([\d.]+) \(.*?\)\s+(\S+)$", line)
        if m and m.group(5).startswith("resource-"):
            times[m.group(5)] = (float(m.group(3)), float(m.group(4)))
    return times


def describe_machine(args):
    cpu = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    version = subprocess.run([args.clang_tidy, "--version"],
                             capture_output=True, text=True).stdout
    version = " ".join(l.strip() for l in version.splitlines()
                       if "version" in l)
    load = open("/proc/loadavg").read().split()[:3]
    return "nproc %d, %s, %s, load average %s" % (
        os.cpu_count(), cpu, version, " ".join(load))


def fmt(result):
    return ("wall %6.2fs -> %6.2fs (%+5.1f%%)   cpu %6.2fs -> %6.2fs (%+5.1f%%)"
            % (*result["wall"], *result["cpu"]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--plugin",
                        default=os.path.join(ROOT, "build", "lib",
                                             "libResourceTidy.so"))
    parser.add_argument("--clang-tidy", default="clang-tidy-22")
    parser.add_argument("--reps", type=int, default=5,
                        help="repetitions per configuration (default 5)")
    parser.add_argument("--units", type=int, default=64,
                        help="units (9-11 functions each) of the 1x "
                        "code-heavy file (default 64); (b) is 4x")
    parser.add_argument("--work-dir", default=os.path.join(ROOT, "build",
                                                           "bench"))
    parser.add_argument("--no-scaling", action="store_true",
                        help="skip the 1x and 16x runs")
    parser.add_argument("--callgrind", action="store_true",
                        help="also count instructions with valgrind")
    args = parser.parse_args()
    if not os.path.exists(args.plugin):
        sys.exit("no plugin at %s: build it (scripts/build.sh) or pass "
                 "--plugin" % args.plugin)
    os.makedirs(args.work_dir, exist_ok=True)

    print("machine:", describe_machine(args))
    print("baseline checks: %s; measured: %s; %d alternating repetitions, "
          "medians" % (BASELINE_CHECKS, RESOURCE_CHECKS, args.reps))

    header_heavy = os.path.join(HERE, "header_heavy.cpp")
    sizes = [1, 4, 16] if not args.no_scaling else [4]
    generated = {}
    for factor in sizes:
        path = os.path.join(args.work_dir, "code_heavy_%dx.cpp" % factor)
        functions = gen_code_heavy.write(args.units * factor, path)
        generated[factor] = (path, functions)
    code_heavy, code_functions = generated[4]

    print("\n(a) header-heavy file", header_heavy)
    a = compare(args, header_heavy, args.reps, "(a)")
    print("\n(b) code-heavy file %s (%d functions)" % (code_heavy,
                                                       code_functions))
    b = compare(args, code_heavy, args.reps, "(b)")
    scaling = {4: b}
    for factor in sizes:
        if factor == 4:
            continue
        path, functions = generated[factor]
        print("\nscaling %dx (%d functions)" % (factor, functions))
        reps = args.reps if factor < 16 else max(3, (args.reps + 1) // 2)
        scaling[factor] = compare(args, path, reps, "%dx" % factor)

    print("\nper-check profile (clang-tidy --enable-check-profile, "
          "user+system seconds, wall seconds):")
    profiles = {"(a)": check_profile(args, header_heavy),
                "(b)": check_profile(args, code_heavy)}
    for label, times in profiles.items():
        for check, (cpu, wall) in sorted(times.items()):
            print("  %s %-30s %8.4fs cpu %8.4fs wall" % (label, check, cpu,
                                                       wall))

    if args.callgrind:
        if not shutil.which("valgrind"):
            sys.exit("--callgrind needs valgrind")
        print("\ninstructions (callgrind), one run each:")
        for label, path in (("(a)", header_heavy),
                            ("1x", generated[min(sizes)][0])):
            base = callgrind_ir(args, BASELINE_CHECKS, path, args.work_dir)
            res = callgrind_ir(args, RESOURCE_CHECKS, path, args.work_dir)
            print("  %s base %d, resource %d (%+.1f%%)" %
                  (label, base, res, 100.0 * (res - base) / base))

    print("\n== summary (medians; overhead of resource-* over the baseline)")
    print("(a) header-heavy:       %s  [%d warnings]" % (fmt(a),
                                                         a["warnings"]))
    print("(b) code-heavy (%5d f): %s  [%d warnings]" % (
        code_functions, fmt(b), b["warnings"]))
    print("\nscaling (code-heavy; extra cost of resource-* per function, "
          "from CPU time):")
    print("  size  functions   base cpu  resource cpu  overhead  extra "
          "us/function")
    for factor in sorted(scaling):
        r = scaling[factor]
        functions = generated[factor][1]
        base, res, pct = r["cpu"]
        print("  %3dx  %9d  %8.2fs  %11.2fs  %+7.1f%%  %10.1f" % (
            factor, functions, base, res, pct,
            1e6 * (res - base) / functions))


if __name__ == "__main__":
    main()
