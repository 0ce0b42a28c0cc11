"""Interop check with Python's `icalendar` package (pinned in requirements.txt).

Usage:  target/interop-venv/bin/python tests/interop/check_icalendar.py <dir>
            [--expect-failures <list.json>]

<dir> holds .ics files and an expected.json written from the source data (by
`cargo run -p eyelevel-core --example interop_cases -- <dir>`, or by hand for the self-test
in tests/interop/selftest/). Every file named in expected.json is parsed by icalendar on its
own and every event field is compared with the source data: uid, sequence, summary,
description, location, url, start/end/created/dtstamp as UTC instants, status, class,
transp, the alarm (action, trigger, text). The raw octets are checked too: CRLF line
endings only, every physical line at most 75 octets, no fold inside a UTF-8 character.
Strings that must never leave the vault (private agenda items) must appear nowhere. Prints
a table and exits non-zero on any mismatch.

--expect-failures turns the run into a test of this checker: it passes only when the
mismatches found are exactly the "file: check" entries listed in that JSON array.

This is an independent implementation of the rules in check-icaljs.mjs (ical.js); the check
names are the same so both tables read alike. Written without shared code on purpose: a bug
in one reading should not hide in both.
"""

import json
import re
import sys
from datetime import datetime, timedelta, timezone
from importlib.metadata import version
from pathlib import Path

import icalendar

MAX_OCTETS = 75
UTC_ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


class Checker:
    def __init__(self, folder: Path, expected: dict):
        self.dir = folder
        self.expected = expected
        self.failures = []  # (file, event, check, want, got)
        self.rows = []  # (file, event, checks, result)

    def fail(self, file, event, check, want, got):
        self.failures.append((file, event, check, want, got))

    # ---- raw octets ------------------------------------------------------------------

    def check_raw(self, file: str, data: bytes) -> int:
        for i, b in enumerate(data):
            bare_lf = b == 0x0A and (i == 0 or data[i - 1] != 0x0D)
            bare_cr = b == 0x0D and (i + 1 >= len(data) or data[i + 1] != 0x0A)
            if bare_lf or bare_cr:
                kind = "LF" if bare_lf else "CR"
                self.fail(file, "-", "crlf", "CRLF line endings only", f"bare {kind} at octet {i}")
                break
        if not data.endswith(b"\r\n"):
            self.fail(file, "-", "final_crlf", "file ends with CRLF", "no CRLF at the end")
        lines = [line.removesuffix(b"\r") for line in data.split(b"\n")]
        if lines and lines[-1] == b"":
            lines.pop()
        for n, line in enumerate(lines, 1):
            if len(line) > MAX_OCTETS:
                got = f"line {n}: {len(line)} octets"
                self.fail(file, "-", "line_length", f"≤ {MAX_OCTETS} octets", got)
                break
        for n, line in enumerate(lines, 1):
            try:
                line.decode("utf-8", errors="strict")
            except UnicodeDecodeError:
                self.fail(file, "-", "utf8_split", "every line valid UTF-8", f"line {n} is not")
                break
        return 4

    # ---- parsed values ---------------------------------------------------------------

    @staticmethod
    def text(component, name):
        value = component.get(name)
        if value is None:
            return None
        if isinstance(value, list):  # a property given twice: show both
            return [str(v) for v in value]
        return str(value)

    @staticmethod
    def instant(component, name):
        """A DATE-TIME property as a UTC instant, or a note why it is not one."""
        if name not in component:
            return None
        value = component.decoded(name)
        if not isinstance(value, datetime):
            return f"DATE {value} (not a time)"
        if value.tzinfo is None:
            return f"floating {value.isoformat()}"
        return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

    def alarm(self, event, summary):
        alarms = [c for c in event.subcomponents if c.name == "VALARM"]
        if not alarms:
            return None, []
        problems = [f"{len(alarms)} alarms"] if len(alarms) > 1 else []
        a = alarms[0]
        if "TRIGGER" not in a:
            return "no TRIGGER", problems
        related = a["TRIGGER"].params.get("RELATED")
        if related and related.upper() != "START":
            problems.append(f"RELATED={related}")
        trigger = a.decoded("TRIGGER")
        if isinstance(trigger, timedelta):
            seconds = trigger.total_seconds()
            ok = seconds <= 0 and seconds % 60 == 0
            minutes = int(-seconds // 60) if ok else f"trigger {trigger}"
        else:
            minutes = f"absolute trigger {trigger}"
        action = self.text(a, "ACTION")
        if action != "DISPLAY":
            problems.append(f"ACTION={action}")
        description = self.text(a, "DESCRIPTION")
        if description != summary:
            problems.append(f"alarm DESCRIPTION={json.dumps(description, ensure_ascii=False)}")
        return minutes, problems

    @staticmethod
    def all_values(cal):
        """Every property value and parameter of every component, for the "absent" search."""
        out = []
        for component in cal.walk():
            for _, value in component.property_items(recursive=False):
                if isinstance(value, bytes):
                    value = value.decode("utf-8", "replace")
                out.append(str(value))
            for value in component.values():
                for v in value if isinstance(value, list) else [value]:
                    out.append(str(v))
                    out.extend(str(p) for p in getattr(v, "params", {}).values())
        return out

    FIELDS = ["uid", "sequence", "summary", "description", "location", "url", "start", "end",
              "created", "dtstamp", "status", "class", "transp"]
    INSTANTS = {"start": "DTSTART", "end": "DTEND", "created": "CREATED", "dtstamp": "DTSTAMP"}

    def read_field(self, event, field):
        if field == "sequence":
            return int(event["SEQUENCE"]) if "SEQUENCE" in event else None
        if field in self.INSTANTS:
            return self.instant(event, self.INSTANTS[field])
        return self.text(event, field.upper())

    def check_file(self, file: str, spec: dict) -> dict:
        path = self.dir / file
        if not path.is_file():
            self.fail(file, "-", "read", "file exists", "missing")
            self.rows.append((file, "-", 1, "FAIL"))
            return {}
        data = path.read_bytes()
        before = len(self.failures)
        checks = self.check_raw(file, data)
        try:
            cal = icalendar.Calendar.from_ical(data)
        except Exception as e:  # any parser complaint is a finding, not a crash
            self.fail(file, "-", "parse", "icalendar parses the file", repr(e))
            self.rows.append((file, "(file)", checks + 1, "FAIL"))
            return {}
        checks += 1
        # icalendar is lenient: it records what it could not parse instead of raising.
        errors = [e for c in cal.walk() for e in getattr(c, "errors", [])]
        if errors:
            self.fail(file, "-", "parse", "no parser errors", [str(e) for e in errors])
        for key, want in self.expected.get("calendar", {}).items():
            checks += 1
            got = self.text(cal, key.upper())
            if got != want:
                self.fail(file, "(calendar)", f"calendar.{key}", want, got)
        checks += 1
        unfolded = data.decode("utf-8", "replace").replace("\r\n ", "").replace("\r\n\t", "")
        haystack = [unfolded, *self.all_values(cal)]
        for secret in spec.get("absent", []):
            if any(secret in h for h in haystack):
                want = f"no {json.dumps(secret, ensure_ascii=False)}"
                self.fail(file, "-", "absent", want, "found")
        self.rows.append((file, "(file)", checks, "FAIL" if len(self.failures) > before else "ok"))

        events = cal.walk("VEVENT")
        by_uid = {self.text(e, "UID"): e for e in events}
        if len(events) != len(spec["events"]):
            self.fail(file, "-", "event_count", len(spec["events"]), len(events))
        seen = {}
        for want in spec["events"]:
            start = len(self.failures)
            name = label(want.get("summary"))
            event = by_uid.get(want["uid"])
            if event is None:
                self.fail(file, name, "uid", want["uid"], "no event with this UID")
                self.rows.append((file, name, 1, "FAIL"))
                continue
            n = 0
            for field in self.FIELDS:
                if field not in want:
                    continue
                n += 1
                got = self.read_field(event, field)
                if got != want[field]:
                    self.fail(file, name, field, want[field], got)
            if "dtstamp" not in want:
                # Required by RFC 5545 even when the source data does not say which instant.
                n += 1
                stamp = self.instant(event, "DTSTAMP")
                if not stamp or not UTC_ISO.match(stamp):
                    self.fail(file, name, "dtstamp", "a UTC instant", stamp)
            n += 1
            minutes, problems = self.alarm(event, want.get("summary"))
            if minutes != want.get("alarm_minutes"):
                self.fail(file, name, "alarm_minutes", want.get("alarm_minutes"), minutes)
            for p in problems:
                self.fail(file, name, "alarm", "ACTION:DISPLAY, one alarm, text = summary", p)
            seen[want["uid"]] = (self.read_field(event, "sequence"), self.instant(event, "DTSTART"))
            self.rows.append((file, name, n, "FAIL" if len(self.failures) > start else "ok"))
        return seen

    def run(self):
        seen = {file: self.check_file(file, spec) for file, spec in self.expected["files"].items()}
        # A changed meeting: same UID in both files, a higher SEQUENCE, a new start.
        for u in self.expected.get("updates", []):
            name = f"{u['before']} → {u['after']}"
            start = len(self.failures)
            a = seen.get(u["before"], {}).get(u["uid"])
            b = seen.get(u["after"], {}).get(u["uid"])
            if a is None or b is None:
                self.fail(name, "-", "update_uid", f"{u['uid']} in both files", "missing")
            else:
                if a[0] is None or b[0] is None or not b[0] > a[0]:
                    self.fail(name, "-", "update_sequence", f"> {a[0]}", b[0])
                if a[1] == b[1]:
                    self.fail(name, "-", "update_time", f"not {a[1]}", b[1])
            self.rows.append((name, "(update)", 3, "FAIL" if len(self.failures) > start else "ok"))


def label(summary):
    s = summary if summary is not None else "(no summary)"
    return s[:27] + "…" if len(s) > 28 else s


def short(value):
    s = json.dumps(value, ensure_ascii=False)
    return s[:59] + "…" if len(s) > 60 else s


def table(header, body):
    rows = [[str(c) for c in r] for r in [header, *body]]
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    fmt = lambda r: " | ".join(c.ljust(w) for c, w in zip(r, widths))  # noqa: E731
    print(fmt(rows[0]))
    print("-+-".join("-" * w for w in widths))
    for r in rows[1:]:
        print(fmt(r))


def main(argv):
    args, expect_failures = [], None
    it = iter(argv)
    for a in it:
        if a == "--expect-failures":
            expect_failures = next(it, None)
        else:
            args.append(a)
    if len(args) != 1 or (expect_failures is None and "--expect-failures" in argv):
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(args[0])
    checker = Checker(folder, json.loads((folder / "expected.json").read_text("utf-8")))
    checker.run()

    print(f"icalendar {version('icalendar')} — {folder}")
    table(["file", "event", "checks", "result"], checker.rows)
    failures = checker.failures
    if failures:
        print(f"\n{len(failures)} mismatch(es):")
        table(["file", "event", "check", "expected", "actual"],
              [(f, e, c, short(w), short(g)) for f, e, c, w, g in failures])

    if expect_failures:
        want = set(json.loads(Path(expect_failures).read_text("utf-8")))
        got = {f"{f}: {c}" for f, _, c, _, _ in failures}
        missing, extra = sorted(want - got), sorted(got - want)
        if missing or extra:
            print("\nself-test FAILED: checks that should have fired but did not: "
                  f"{short(missing)}; unexpected: {short(extra)}")
            return 1
        print(f"\nself-test ok: each of the {len(want)} deliberate errors was caught")
        return 0
    total = sum(r[2] for r in checker.rows)
    if failures:
        print(f"\nFAILED ({len(failures)} of {total} checks)")
    else:
        print(f"\nall {total} checks passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
