#!/usr/bin/env python3
"""Checking time must grow linearly with the input, whatever its shape.

A 1 MiB input (a quarter under sanitizers) written as one line with no sentence break is
checked, and so is the same text with a line break after every clause. Before sentences were cut at a length limit, the one-line
form took minutes (quadratic in the sentence length). The test fails when it takes more than
RATIO times the broken form (CPU time, best of two runs each, so a busy machine does not decide), or
when the text output grows with the line length instead of the number of findings, or when four
times the text (many claims of one subject and year) costs more than SCALING_RATIO times as much.

Usage: linear_time_test.py FORECHECK
"""
import subprocess
import sys
import tempfile
import resource
import os

RATIO = 4.0
# A sanitizer build runs several times slower (FC_TEST_SLOWDOWN): a quarter of the input still
# holds thousands of clauses, far past the sentence length limit, so a quadratic path still shows.
SIZE = int((1 << 20) / float(os.environ.get("FC_TEST_SLOWDOWN", "1")))

CLAUSES = {
    "ko": "리포트링커는 2028년 반도체 시장 규모를 10억달러로 내다봤고 그랜드 뷰 리서치는 "
          "2023년까지 14억달러 규모로 커질 것이라고 전망했으며",
    "en": "The global chip market will reach $1.4 billion by 2028 and grow 17% a year while "
          "IDC says $2.1 billion in 2030",
    "nospace": "시장규모10억달러2028년연평균17%성장",
}

SCALING_RATIO = 7.0
SCALING = {
    "en-steps": "Sales of the market rose 12% year on year in 2024, the firm said.",
    "ko-steps": "국내 시장 매출은 지난해 5조원으로 전년 대비 12% 늘었다.",
    "en-levels": "The market was $5 billion in 2024, the firm said.",
    "ko-levels": "시장 규모는 2024년 5조원이었다.",
}


def best_time(binary, path, fmt, runs=2):
    best = None
    for _ in range(runs):
        # CPU time of the child, not wall time: other jobs on the machine do not count.
        start = resource.getrusage(resource.RUSAGE_CHILDREN)
        out = subprocess.run([binary, "check", "--format", fmt, "--lang", "auto", path],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        end = resource.getrusage(resource.RUSAGE_CHILDREN)
        took = (end.ru_utime - start.ru_utime) + (end.ru_stime - start.ru_stime)
        if out.returncode not in (0, 1):
            sys.exit(f"FAIL {path}: exit code {out.returncode}")
        best = took if best is None else min(best, took)
    return best, len(out.stdout)


def main():
    binary = sys.argv[1]
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, clause in CLAUSES.items():
            repeats = SIZE // len((clause + " ").encode()) + 1
            one = os.path.join(tmp, name + "-one-line.txt")
            broken = os.path.join(tmp, name + "-lines.txt")
            with open(one, "w", encoding="utf-8") as f:
                f.write(" ".join([clause] * repeats))
            with open(broken, "w", encoding="utf-8") as f:
                f.write("\n".join([clause] * repeats))
            t_one, _ = best_time(binary, one, "json")
            t_broken, _ = best_time(binary, broken, "json")
            ratio = t_one / max(t_broken, 0.05)
            ok = ratio <= RATIO
            failures += not ok
            print(f"{'ok  ' if ok else 'FAIL'} {name}: one line {t_one:.2f} s, "
                  f"with breaks {t_broken:.2f} s, ratio {ratio:.1f} (limit {RATIO})")
            # Text output quotes a window around each finding, not the whole line.
            if name == "en":
                _, text_one = best_time(binary, one, "text", runs=1)
                _, text_broken = best_time(binary, broken, "text", runs=1)
                grow = text_one / max(text_broken, 1)
                ok = grow <= RATIO
                failures += not ok
                print(f"{'ok  ' if ok else 'FAIL'} en text output: one line {text_one} bytes, "
                      f"with breaks {text_broken} bytes, ratio {grow:.1f}")
        # Many claims of one subject and step or year ("rose 12% year on year in 2024", "was $5
        # billion in 2024" again and again):
        # a rule that compares every claim with every other grows with the square of the input.
        # Four times the text must cost about four times as much, not sixteen.
        for name, clause in SCALING.items():
            times = []
            for size in (SIZE // 4, SIZE):
                path = os.path.join(tmp, f"{name}-{size}.txt")
                with open(path, "w", encoding="utf-8") as f:
                    f.write("\n".join([clause] * (size // len((clause + " ").encode()) + 1)))
                times.append(best_time(binary, path, "json")[0])
            grow = times[1] / max(times[0], 0.05)
            ok = grow <= SCALING_RATIO
            failures += not ok
            print(f"{'ok  ' if ok else 'FAIL'} {name}: a quarter {times[0]:.2f} s, whole "
                  f"{times[1]:.2f} s, ratio {grow:.1f} (limit {SCALING_RATIO})")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
