// Interop check with ical.js — the iCalendar parser inside Thunderbird.
//
// Usage:  node tests/interop/check-icaljs.mjs <dir> [--expect-failures <list.json>]
//
// <dir> holds .ics files and an expected.json written from the source data (by
// `cargo run -p eyelevel-core --example interop_cases -- <dir>`, or by hand for the
// self-test in tests/interop/selftest/). Every file named in expected.json is parsed by
// ical.js on its own and every event field is compared with the source data: uid, sequence,
// summary, description, location, url, start/end/created/dtstamp as UTC instants, status,
// class, transp, the alarm (action, trigger, text). The raw octets are checked too: CRLF line
// endings only, every physical line at most 75 octets, no fold inside a UTF-8 character.
// Strings that must never leave the vault (private agenda items) must appear nowhere.
// Prints a table and exits non-zero on any mismatch.
//
// --expect-failures turns the run into a test of this checker: it passes only when the
// mismatches found are exactly the "file: check" entries listed in that JSON array, so a
// deliberately wrong expected.json proves each check really fires.
//
// The same rules are implemented independently in check_icalendar.py (Python icalendar);
// keep the check names equal so both tables read alike.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import ICAL from "ical.js";

const ICALJS_VERSION = JSON.parse(
  readFileSync(new URL("./node_modules/ical.js/package.json", import.meta.url), "utf8"),
).version;

const MAX_OCTETS = 75;

function usage() {
  console.error("usage: node check-icaljs.mjs <dir> [--expect-failures <list.json>]");
  process.exit(2);
}

const args = process.argv.slice(2);
let dir = null;
let expectFailuresPath = null;
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--expect-failures") expectFailuresPath = args[++i] ?? usage();
  else if (!dir) dir = args[i];
  else usage();
}
if (!dir) usage();

const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8"));
const failures = []; // { file, event, check, want, got }
const rows = []; // table rows: file, event, checks, result

function fail(file, event, check, want, got) {
  failures.push({ file, event, check, want, got });
}

// ---- raw octets ----------------------------------------------------------------------

/** CRLF only, ≤ 75 octets per physical line, every line valid UTF-8 on its own. */
function checkRaw(file, bytes) {
  let checks = 0;
  const decoder = new TextDecoder("utf-8", { fatal: true });
  checks++;
  for (let i = 0; i < bytes.length; i++) {
    const lf = bytes[i] === 0x0a && (i === 0 || bytes[i - 1] !== 0x0d);
    const cr = bytes[i] === 0x0d && bytes[i + 1] !== 0x0a;
    if (lf || cr) {
      fail(file, "-", "crlf", "CRLF line endings only", `bare ${lf ? "LF" : "CR"} at octet ${i}`);
      break;
    }
  }
  checks++;
  if (bytes.length < 2 || bytes[bytes.length - 2] !== 0x0d || bytes[bytes.length - 1] !== 0x0a) {
    fail(file, "-", "final_crlf", "file ends with CRLF", "no CRLF at the end");
  }
  // Physical lines: split on LF and drop the CR before it (a bare LF was reported above).
  const lines = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      let end = i;
      if (end > start && bytes[end - 1] === 0x0d) end--;
      if (i < bytes.length || end > start) lines.push(bytes.subarray(start, end));
      start = i + 1;
    }
  }
  checks += 2;
  const long = lines.findIndex((l) => l.length > MAX_OCTETS);
  if (long >= 0) {
    const got = `line ${long + 1}: ${lines[long].length} octets`;
    fail(file, "-", "line_length", `≤ ${MAX_OCTETS} octets`, got);
  }
  const split = lines.findIndex((l) => {
    try {
      decoder.decode(l);
      return false;
    } catch {
      return true;
    }
  });
  if (split >= 0) {
    fail(file, "-", "utf8_split", "every line valid UTF-8", `line ${split + 1} is not`);
  }
  return checks;
}

// ---- parsed values -------------------------------------------------------------------

function iso(time) {
  return new Date(time.toUnixTime() * 1000).toISOString().replace(".000Z", "Z");
}

/** A DATE-TIME property as a UTC instant, or a note why it is not one. */
function instant(vevent, name) {
  const prop = vevent.getFirstProperty(name);
  if (!prop) return null;
  const time = prop.getFirstValue();
  if (time.isDate) return `DATE ${time.toString()} (not a time)`;
  if (time.zone === ICAL.Timezone.localTimezone) return `floating ${time.toString()}`;
  return iso(time);
}

function text(vevent, name) {
  const v = vevent.getFirstPropertyValue(name);
  return v === null || v === undefined ? null : String(v);
}

/** The event's alarm as the expected.json shape, plus notes on what is wrong with it. */
function alarm(vevent, summary) {
  const alarms = vevent.getAllSubcomponents("valarm");
  if (alarms.length === 0) return { minutes: null, problems: [] };
  const problems = [];
  if (alarms.length > 1) problems.push(`${alarms.length} alarms`);
  const a = alarms[0];
  const trigger = a.getFirstProperty("trigger");
  if (!trigger) return { minutes: "no TRIGGER", problems };
  const related = trigger.getParameter("related");
  if (related && related.toUpperCase() !== "START") problems.push(`RELATED=${related}`);
  const value = trigger.getFirstValue();
  let minutes;
  if (value instanceof ICAL.Duration) {
    const seconds = value.toSeconds();
    minutes = seconds <= 0 && seconds % 60 === 0 ? -seconds / 60 : `trigger ${value.toString()}`;
  } else {
    minutes = `absolute trigger ${value}`;
  }
  const action = a.getFirstPropertyValue("action");
  if (action !== "DISPLAY") problems.push(`ACTION=${action}`);
  const description = a.getFirstPropertyValue("description");
  if (description !== summary) problems.push(`alarm DESCRIPTION=${JSON.stringify(description)}`);
  return { minutes, problems };
}

/** Every parsed value of every property of every component, for the "absent" search. */
function allValues(component, out = []) {
  for (const prop of component.getAllProperties()) {
    for (const v of prop.getValues()) out.push(String(v));
    for (const [, p] of Object.entries(prop.toJSON()[1])) out.push(String(p));
  }
  for (const sub of component.getAllSubcomponents()) allValues(sub, out);
  return out;
}

function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

const EVENT_FIELDS = [
  ["uid", (ev) => text(ev, "uid")],
  ["sequence", (ev) => ev.getFirstPropertyValue("sequence")],
  ["summary", (ev) => text(ev, "summary")],
  ["description", (ev) => text(ev, "description")],
  ["location", (ev) => text(ev, "location")],
  ["url", (ev) => text(ev, "url")],
  ["start", (ev) => instant(ev, "dtstart")],
  ["end", (ev) => instant(ev, "dtend")],
  ["created", (ev) => instant(ev, "created")],
  ["dtstamp", (ev) => instant(ev, "dtstamp")],
  ["status", (ev) => text(ev, "status")],
  ["class", (ev) => text(ev, "class")],
  ["transp", (ev) => text(ev, "transp")],
];

function label(summary) {
  const s = [...(summary ?? "(no summary)")];
  return s.length > 28 ? s.slice(0, 27).join("") + "…" : s.join("");
}

function checkFile(file, spec) {
  let bytes;
  try {
    bytes = readFileSync(join(dir, file));
  } catch (e) {
    fail(file, "-", "read", "file exists", e.code ?? String(e));
    rows.push([file, "-", 1, "FAIL"]);
    return {};
  }
  const before = failures.length;
  let checks = checkRaw(file, bytes);

  let root;
  try {
    root = new ICAL.Component(ICAL.parse(new TextDecoder().decode(bytes)));
  } catch (e) {
    fail(file, "-", "parse", "ical.js parses the file", String(e.message ?? e));
    rows.push([file, "(file)", checks + 1, "FAIL"]);
    return {};
  }
  // Zones defined in the file, so TZID times (if any) resolve to instants.
  for (const vtz of root.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
  }
  for (const [key, want] of Object.entries(expected.calendar ?? {})) {
    checks++;
    const got = text(root, key);
    if (!same(got, want)) fail(file, "(calendar)", `calendar.${key}`, want, got);
  }
  checks++;
  const haystack = [new TextDecoder().decode(bytes).replace(/\r\n[ \t]/g, ""), ...allValues(root)];
  for (const secret of spec.absent ?? []) {
    if (haystack.some((h) => h.includes(secret))) {
      fail(file, "-", "absent", `no ${JSON.stringify(secret)}`, "found");
    }
  }
  rows.push([file, "(file)", checks, failures.length > before ? "FAIL" : "ok"]);

  const vevents = root.getAllSubcomponents("vevent");
  const byUid = new Map(vevents.map((v) => [text(v, "uid"), v]));
  const seen = {};
  if (vevents.length !== spec.events.length) {
    fail(file, "-", "event_count", spec.events.length, vevents.length);
  }
  for (const want of spec.events) {
    const start = failures.length;
    const name = label(want.summary);
    const ev = byUid.get(want.uid);
    if (!ev) {
      fail(file, name, "uid", want.uid, "no event with this UID");
      rows.push([file, name, 1, "FAIL"]);
      continue;
    }
    let n = 0;
    for (const [field, read] of EVENT_FIELDS) {
      if (!(field in want)) continue;
      n++;
      const got = read(ev);
      if (!same(got, want[field])) fail(file, name, field, want[field], got);
    }
    if (!("dtstamp" in want)) {
      // Required by RFC 5545 even when the source data does not say which instant.
      n++;
      const stamp = instant(ev, "dtstamp");
      if (!stamp || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(stamp)) {
        fail(file, name, "dtstamp", "a UTC instant", stamp);
      }
    }
    n++;
    const a = alarm(ev, want.summary);
    if (!same(a.minutes, want.alarm_minutes)) {
      fail(file, name, "alarm_minutes", want.alarm_minutes, a.minutes);
    }
    for (const p of a.problems) {
      fail(file, name, "alarm", "ACTION:DISPLAY, one alarm, text = summary", p);
    }
    seen[want.uid] = {
      sequence: ev.getFirstPropertyValue("sequence"),
      start: instant(ev, "dtstart"),
    };
    rows.push([file, name, n, failures.length > start ? "FAIL" : "ok"]);
  }
  return seen;
}

const seenByFile = {};
for (const [file, spec] of Object.entries(expected.files)) {
  seenByFile[file] = checkFile(file, spec);
}

// A changed meeting: same UID in both files, a higher SEQUENCE, a new start.
for (const { before, after, uid } of expected.updates ?? []) {
  const a = seenByFile[before]?.[uid];
  const b = seenByFile[after]?.[uid];
  const name = `${before} → ${after}`;
  const start = failures.length;
  if (!a || !b) fail(name, "-", "update_uid", `${uid} in both files`, "missing");
  else {
    if (!(b.sequence > a.sequence)) {
      fail(name, "-", "update_sequence", `> ${a.sequence}`, b.sequence);
    }
    if (a.start === b.start) fail(name, "-", "update_time", `not ${a.start}`, b.start);
  }
  rows.push([name, "(update)", 3, failures.length > start ? "FAIL" : "ok"]);
}

// ---- report --------------------------------------------------------------------------

function table(header, body) {
  const all = [header, ...body].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...all.map((r) => [...r[i]].length)));
  const line = (r) => r.map((c, i) => c + " ".repeat(widths[i] - [...c].length)).join(" | ");
  console.log(line(all[0]));
  console.log(widths.map((w) => "-".repeat(w)).join("-+-"));
  for (const r of all.slice(1)) console.log(line(r));
}

const short = (v) => {
  const s = [...(JSON.stringify(v) ?? "undefined")]; // code points: never half an emoji
  return s.length > 60 ? s.slice(0, 59).join("") + "…" : s.join("");
};

console.log(`ical.js ${ICALJS_VERSION} — ${dir}`);
table(["file", "event", "checks", "result"], rows);
if (failures.length) {
  console.log(`\n${failures.length} mismatch(es):`);
  table(
    ["file", "event", "check", "expected", "actual"],
    failures.map((f) => [f.file, f.event, f.check, short(f.want), short(f.got)]),
  );
}

if (expectFailuresPath) {
  const want = new Set(JSON.parse(readFileSync(expectFailuresPath, "utf8")));
  const got = new Set(failures.map((f) => `${f.file}: ${f.check}`));
  const missing = [...want].filter((w) => !got.has(w));
  const extra = [...got].filter((g) => !want.has(g));
  if (missing.length || extra.length) {
    console.log(
      `\nself-test FAILED: checks that should have fired but did not: ${short(missing)}; ` +
        `unexpected: ${short(extra)}`,
    );
    process.exit(1);
  }
  console.log(`\nself-test ok: each of the ${want.size} deliberate errors was caught`);
  process.exit(0);
}
const total = rows.reduce((n, r) => n + r[2], 0);
if (failures.length) console.log(`\nFAILED (${failures.length} of ${total} checks)`);
else console.log(`\nall ${total} checks passed`);
process.exit(failures.length ? 1 : 0);
