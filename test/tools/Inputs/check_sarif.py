#!/usr/bin/env python3
"""Checks that a SARIF log has what SARIF 2.1.0 and code scanning services
require, then prints its results one per line for FileCheck:

  rule ID HELPURI SHORT-DESCRIPTION
  result RULE LEVEL URI:LINE:COL[-LINE:COL] MESSAGE
    related ID URI:LINE:COL MESSAGE
    fix DESCRIPTION
      change URI LINE:COL-LINE:COL INSERTED  (or @BYTE+LENGTH without lines)

Exits 1 with 'error: ...' on the first property that is missing or wrong.
Standard library only.
"""
import argparse
import json
import re
import sys

LEVELS = {"none", "note", "warning", "error"}
COLUMN_KINDS = {"utf16CodeUnits", "unicodeCodePoints"}


class Invalid(Exception):
    pass


def need(condition, where, what):
    if not condition:
        raise Invalid("%s: %s" % (where, what))


def get(obj, key, kind, where):
    need(isinstance(obj, dict), where, "is not an object")
    need(key in obj, where, "has no '%s'" % key)
    need(isinstance(obj[key], kind), "%s.%s" % (where, key),
         "is not a %s" % kind.__name__)
    return obj[key]


def positive(obj, key, where):
    value = get(obj, key, int, where)
    need(value >= 1, "%s.%s" % (where, key), "is %d, not >= 1" % value)
    return value


def is_absolute_uri(uri):
    return re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", uri) is not None


def text(obj, key, where):
    message = get(obj, key, dict, where)
    value = get(message, "text", str, "%s.%s" % (where, key))
    need(value.strip(), "%s.%s.text" % (where, key), "is empty")
    return value


def artifact_uri(location, base_ids, where):
    uri = get(location, "uri", str, where)
    need(uri, where + ".uri", "is empty")
    if "uriBaseId" in location:
        base = get(location, "uriBaseId", str, where)
        need(base in base_ids, where, "uriBaseId '%s' is not in "
             "originalUriBaseIds" % base)
        need(not is_absolute_uri(uri) and not uri.startswith("/"),
             where + ".uri", "'%s' is not relative to its base" % uri)
        return uri
    need(is_absolute_uri(uri), where + ".uri",
         "'%s' is relative but has no uriBaseId" % uri)
    return uri


def region_text(region, where, need_line):
    """LINE:COL[-LINE:COL], or @BYTE[+LENGTH] when there are no lines."""
    need(isinstance(region, dict), where, "is not an object")
    if "startLine" not in region:
        need(not need_line, where, "has no 'startLine'")
        need("byteOffset" in region, where, "has neither startLine nor "
             "byteOffset")
        spec = "@%d" % get(region, "byteOffset", int, where)
        if "byteLength" in region:
            spec += "+%d" % get(region, "byteLength", int, where)
        return spec
    line = positive(region, "startLine", where)
    column = positive(region, "startColumn", where)
    spec = "%d:%d" % (line, column)
    if "endLine" in region or "endColumn" in region:
        end_line = positive(region, "endLine", where)
        end_column = positive(region, "endColumn", where)
        need((end_line, end_column) >= (line, column), where,
             "ends before it starts")
        spec += "-%d:%d" % (end_line, end_column)
    return spec


def physical(location, base_ids, where, need_line):
    physical_location = get(location, "physicalLocation", dict, where)
    where += ".physicalLocation"
    uri = artifact_uri(get(physical_location, "artifactLocation", dict, where),
                       base_ids, where + ".artifactLocation")
    region = get(physical_location, "region", dict, where)
    return "%s:%s" % (uri, region_text(region, where + ".region", need_line))


def check_rules(driver, where, out):
    rules = get(driver, "rules", list, where)
    ids = []
    for i, rule in enumerate(rules):
        rule_where = "%s.rules[%d]" % (where, i)
        ids.append(get(rule, "id", str, rule_where))
        description = text(rule, "shortDescription", rule_where)
        help_uri = "-"
        if "helpUri" in rule:
            help_uri = get(rule, "helpUri", str, rule_where)
            need(is_absolute_uri(help_uri), rule_where + ".helpUri",
                 "is not an absolute URI")
        out.append(["rule %s %s %s" % (ids[-1], help_uri, description)])
    need(len(set(ids)) == len(ids), where + ".rules", "repeats an id")
    return ids


def check_result(result, rule_ids, base_ids, where, out, need_line):
    rule_id = get(result, "ruleId", str, where)
    need(rule_id in rule_ids, where, "rule '%s' is not in tool.driver.rules"
         % rule_id)
    if "ruleIndex" in result:
        index = get(result, "ruleIndex", int, where)
        need(0 <= index < len(rule_ids) and rule_ids[index] == rule_id,
             where + ".ruleIndex", "does not point to rule '%s'" % rule_id)
    level = get(result, "level", str, where)
    need(level in LEVELS, where + ".level", "'%s' is not a level" % level)
    message = text(result, "message", where)
    locations = get(result, "locations", list, where)
    need(locations, where + ".locations", "is empty")
    places = [physical(location, base_ids, "%s.locations[%d]" % (where, i),
                       need_line)
              for i, location in enumerate(locations)]
    out.append("result %s %s %s %s" % (rule_id, level, places[0], message))

    ids = set()
    for i, related in enumerate(result.get("relatedLocations", [])):
        related_where = "%s.relatedLocations[%d]" % (where, i)
        related_id = get(related, "id", int, related_where)
        need(related_id not in ids, related_where, "repeats id %d"
             % related_id)
        ids.add(related_id)
        place = "-"  # a note need not have a place
        if "physicalLocation" in related:
            place = physical(related, base_ids, related_where, need_line)
        out.append("  related %d %s %s" % (
            related_id, place, text(related, "message", related_where)))

    for i, fix in enumerate(result.get("fixes", [])):
        fix_where = "%s.fixes[%d]" % (where, i)
        out.append("  fix %s" % text(fix, "description", fix_where))
        changes = get(fix, "artifactChanges", list, fix_where)
        need(changes, fix_where + ".artifactChanges", "is empty")
        for j, change in enumerate(changes):
            change_where = "%s.artifactChanges[%d]" % (fix_where, j)
            uri = artifact_uri(get(change, "artifactLocation", dict,
                                   change_where), base_ids,
                               change_where + ".artifactLocation")
            replacements = get(change, "replacements", list, change_where)
            need(replacements, change_where + ".replacements", "is empty")
            for k, replacement in enumerate(replacements):
                replacement_where = "%s.replacements[%d]" % (change_where, k)
                deleted = region_text(
                    get(replacement, "deletedRegion", dict,
                        replacement_where),
                    replacement_where + ".deletedRegion", need_line=False)
                inserted = ""
                if "insertedContent" in replacement:
                    inserted = get(get(replacement, "insertedContent", dict,
                                       replacement_where), "text", str,
                                   replacement_where + ".insertedContent")
                out.append("    change %s %s %s" % (uri, deleted,
                                                    json.dumps(inserted)))


def check_log(log, need_line):
    """Returns the rules and the results, each a list of output lines."""
    rules = []
    results = []
    need(get(log, "version", str, "log") == "2.1.0", "log.version",
         "is not 2.1.0")
    need("2.1.0" in get(log, "$schema", str, "log"), "log.$schema",
         "is not the SARIF 2.1.0 schema")
    runs = get(log, "runs", list, "log")
    need(runs, "log.runs", "is empty")
    for r, run in enumerate(runs):
        where = "runs[%d]" % r
        driver = get(get(run, "tool", dict, where), "driver", dict,
                     where + ".tool")
        need(get(driver, "name", str, where + ".tool.driver"),
             where + ".tool.driver.name", "is empty")
        rule_ids = check_rules(driver, where + ".tool.driver", rules)
        if "columnKind" in run:
            need(run["columnKind"] in COLUMN_KINDS, where + ".columnKind",
                 "is not a column kind")
        base_ids = run.get("originalUriBaseIds", {})
        for name, base in base_ids.items():
            uri = get(base, "uri", str, "%s.originalUriBaseIds.%s"
                      % (where, name))
            need(is_absolute_uri(uri) and uri.endswith("/"),
                 "%s.originalUriBaseIds.%s" % (where, name),
                 "is not an absolute URI ending in '/'")
        for i, result in enumerate(get(run, "results", list, where)):
            entry = []
            check_result(result, rule_ids, base_ids,
                         "%s.results[%d]" % (where, i), entry, need_line)
            results.append(entry)
    return rules, results


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("log")
    parser.add_argument("--sort", action="store_true",
                        help="print the results sorted (to compare logs)")
    parser.add_argument("--allow-byte-regions", action="store_true",
                        help="accept locations with byte offsets but no "
                        "lines (for sources that could not be read)")
    args = parser.parse_args()
    try:
        with open(args.log) as f:
            log = json.load(f)
        rules, results = check_log(log, not args.allow_byte_regions)
    except (OSError, ValueError, Invalid) as e:
        print("error: %s: %s" % (args.log, e), file=sys.stderr)
        return 1
    if args.sort:
        results.sort()
    for entry in rules + results:
        print("\n".join(entry))
    print("%d results" % len(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
