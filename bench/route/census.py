"""Diffs the coverage of a baseline conversation and the same conversation plus one message (see census.sh)."""
import glob
import os
import sys
import xml.etree.ElementTree as ET


def hits(folder):
    report = glob.glob(os.path.join(folder, "**", "coverage.cobertura.xml"), recursive=True)[0]
    root = ET.parse(report).getroot()
    sources = [s.text for s in root.iter("source")]
    counted = {}
    for cls in root.iter("class"):
        name = cls.get("filename")
        path = next((os.path.join(s, name) for s in sources if os.path.exists(os.path.join(s, name))), name)
        lines = counted.setdefault(os.path.realpath(path), {})
        for line in cls.iter("line"):
            number = int(line.get("number"))
            lines[number] = lines.get(number, 0) + int(line.get("hits"))
    return counted


def route(repo, baseline, turn):
    before, after = hits(baseline), hits(turn)
    files = []
    for path, lines in after.items():
        base = before.get(path, {})
        if any(count > base.get(number, 0) for number, count in lines.items()):
            files.append(os.path.relpath(path, repo))
    return sorted(f for f in files if not f.startswith("..") and "/obj/" not in f)


def main():
    repo, out = os.path.realpath(sys.argv[1]), sys.argv[2]
    for channel, title in (("Api", "`/api/messages`"), ("DirectLine", "Direct Line")):
        files = route(repo, os.path.join(out, channel + "_baseline"), os.path.join(out, channel + "_turn"))
        folders = sorted({os.path.dirname(f) for f in files})
        print(f"### {title}: {len(files)} files in {len(folders)} folders\n")
        for folder in folders:
            names = [os.path.basename(f) for f in files if os.path.dirname(f) == folder]
            print(f"- `{folder}/` ({len(names)}): " + ", ".join(names))
        print()


main()
