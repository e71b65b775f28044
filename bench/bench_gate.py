"""Pre-send gate speed: MB/s on 10 MB of mixed logs, and the worst pasted inputs in s/MB.

Usage: python bench/bench_gate.py        (GATE_BENCH_MB=N for a smaller mixed log)

Targets (issue #12): >= 1 MB/s on the mixed logs; no input slower than 2 s per MB. The
adversarial inputs are the ones that were slow before RE2: many ``PuTTY-User-Key-File-2:``
headers (about 10 s/MB with Python's re), one 10 MB line, and 1 MB of base64.

Both CPU time (this process only) and wall time are printed: on a shared machine the wall
time includes waiting for a core, the CPU time does not. Each input runs twice; the faster run
counts.
"""

from __future__ import annotations

import base64
import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.core.gate import scan
from desktop.core.gate.ruleset import load_ruleset

MB = 1_000_000
_LOG_LINES = (
    "2024-05-01T12:00:{s:02d}Z INFO  RequestId: {uuid} Duration: 12.{n} ms Billed Duration: 13 ms",
    "2024-05-01T12:00:{s:02d}Z WARN  x-amz-request-id={hex16} x-amz-id-2={b64} status=403",
    '{{"eventName":"AssumeRole","userIdentity":{{"arn":"arn:aws:iam::210987654321:role/app"}},'
    '"requestID":"{uuid}","eventID":"{uuid}"}}',
    "sha256:{hex64}  layer pulled in 1.{n}s from 123456789012.dkr.ecr.us-east-1.amazonaws.com",
    'ETag: "{hex32}"  Content-Length: 10{n}  Last-Modified: Wed, 01 May 2024 12:00:00 GMT',
    'Traceback (most recent call last): File "/var/task/app.py", line {n}, in handler',
    "kubectl describe pod web-{hex8}: Back-off pulling image, reason ImagePullBackOff",
    "commit {hex40} Author: dev <dev@example.com> fix: retry on throttling",
)


def _uuid(rng: random.Random) -> str:
    parts = [f"{rng.getrandbits(bits):0{bits // 4}x}" for bits in (32, 16, 16, 16, 48)]
    return "-".join(parts)


def mixed_log(size: int, rng: random.Random) -> str:
    """Support-style log lines (request IDs, ARNs, digests, ETags) of about ``size`` chars."""
    lines: list[str] = []
    total = 0
    while total < size:
        line = rng.choice(_LOG_LINES).format(
            s=rng.randrange(60),
            n=rng.randrange(1000),
            uuid=_uuid(rng),
            hex8=f"{rng.getrandbits(32):08x}",
            hex16=f"{rng.getrandbits(64):016X}",
            hex32=f"{rng.getrandbits(128):032x}",
            hex40=f"{rng.getrandbits(160):040x}",
            hex64=f"{rng.getrandbits(256):064x}",
            b64=base64.b64encode(rng.randbytes(48)).decode(),
        )
        lines.append(line)
        total += len(line) + 1
    return "\n".join(lines)


def _seconds(task: Callable[[], object]) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one run of ``task``."""
    cpu, wall = time.process_time(), time.perf_counter()
    task()
    return time.process_time() - cpu, time.perf_counter() - wall


def main() -> int:
    rng = random.Random(7)
    load_ruleset()  # compile once, as the app does at its first scan
    mixed_mb = float(os.environ.get("GATE_BENCH_MB", "10"))
    inputs = {
        f"mixed support logs ({mixed_mb:g} MB)": mixed_log(int(mixed_mb * MB), rng),
        "PuTTY headers repeated (1 MB)": ("PuTTY-User-Key-File-2: ssh-rsa\n" * (MB // 31)),
        "one line (10 MB)": ("ab12=" * (2 * MB)),
        "base64 (1 MB)": base64.b64encode(rng.randbytes(3 * MB // 4)).decode(),
        "base64 lines of 76 (1 MB)": base64.encodebytes(rng.randbytes(3 * MB // 4)).decode(),
        "private-key headers repeated (1 MB)": "-----BEGIN RSA PRIVATE KEY-----\n" * (MB // 32),
        "'{{ ' repeated (1 MB)": "{{ " * (MB // 3),
        "password= repeated (1 MB)": "password=" * (MB // 9),
    }
    print("| Input | Size | CPU s | CPU MB/s | CPU s/MB | wall s/MB |")
    print("|---|---|---|---|---|---|")
    worst = worst_wall = 0.0
    for name, text in inputs.items():
        cpu, wall = min(_seconds(lambda t=text: scan(t)) for _ in range(2))
        megabytes = len(text.encode("utf-8")) / MB
        worst, worst_wall = max(worst, cpu / megabytes), max(worst_wall, wall / megabytes)
        print(
            f"| {name} | {megabytes:.1f} MB | {cpu:.2f} | {megabytes / cpu:.1f} "
            f"| {cpu / megabytes:.2f} | {wall / megabytes:.2f} |"
        )
    print(f"\nWorst: {worst:.2f} CPU s per MB, {worst_wall:.2f} wall s per MB (target: at most 2)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
