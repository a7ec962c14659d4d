#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads an .ics file with the independent `icalendar` library (Debian: python3-icalendar)
and prints one JSON object per event: uid, start and end as UTC instants, summary, location,
description. Before parsing, checks what the library forgives: CRLF after every line and no
line longer than 75 octets. Exit 0 when the file reads; 1 with a message on stderr otherwise;
3 when the library is missing."""

import json
import sys

try:
    import icalendar
except ImportError:
    sys.stderr.write("python3-icalendar is missing: install it with "
                     "'sudo apt-get install python3-icalendar' (packaging/install-deps does)\n")
    sys.exit(3)

from datetime import datetime, timezone


def fail(message):
    sys.stderr.write(message + "\n")
    sys.exit(1)


def utc(value, name, uid):
    if not isinstance(value, datetime) or value.tzinfo is None:
        fail(f"{uid}: {name} is not an instant with a time zone: {value!r}")
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def main(path):
    raw = open(path, "rb").read()
    if not raw.endswith(b"\r\n"):
        fail("the file does not end with CRLF")
    lines = raw.split(b"\r\n")[:-1]
    for number, line in enumerate(lines, 1):
        if b"\n" in line or b"\r" in line:
            fail(f"line {number}: a line break that is not CRLF")
        if len(line) > 75:
            fail(f"line {number}: {len(line)} octets, more than 75")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError as error:
            fail(f"line {number}: not UTF-8 on its own (a character split by folding): {error}")

    calendar = icalendar.Calendar.from_ical(raw)
    if calendar.get("VERSION") != "2.0":
        fail("VERSION is not 2.0")
    if not calendar.get("PRODID"):
        fail("PRODID is missing")
    for event in calendar.walk("VEVENT"):
        uid = str(event.get("UID"))
        for required in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
            if event.get(required) is None:
                fail(f"{uid}: {required} is missing")
        print(json.dumps({
            "uid": uid,
            "stamp": utc(event.decoded("DTSTAMP"), "DTSTAMP", uid),
            "start": utc(event.decoded("DTSTART"), "DTSTART", uid),
            "end": utc(event.decoded("DTEND"), "DTEND", uid),
            "summary": str(event.get("SUMMARY")),
            "location": str(event.get("LOCATION", "")),
            "description": str(event.get("DESCRIPTION", "")),
        }, ensure_ascii=False))


if __name__ == "__main__":
    sys.stdout.reconfigure(encoding="utf-8")
    if len(sys.argv) != 2:
        fail("usage: check_ics.py FILE.ics")
    main(sys.argv[1])
