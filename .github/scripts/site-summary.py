#!/usr/bin/env python3
"""What a pull request changes on the site, as Markdown for the job summary ($GITHUB_STEP_SUMMARY).

    python3 .github/scripts/site-summary.py --before OLD_SITE --after NEW_SITE --check CHECK_OUTPUT \
        [--compared-with TEXT] [--blob-url URL] >> "$GITHUB_STEP_SUMMARY"

OLD_SITE and NEW_SITE are two built sites (folders); CHECK_OUTPUT is what `SiteGen check --format github`
printed (workflow commands, `::warning file=…,line=…,col=…,title=…::message`). Prints the pages (HTML files)
added, changed and removed, counts of the other files, and every error and warning with its file:line.
Pagefind's index (`pagefind/`, file names derived from the pages) is left out: it follows the pages.
--blob-url (e.g. https://github.com/OWNER/REPO/blob/SHA) links each problem to its line. Runs anywhere
with python3 and nothing else: `.github/workflows/site.yml` runs it on pull requests, and it runs locally
the same way (docs/deploy.md).
"""
import argparse
import hashlib
import os
import re
import sys

LISTED = 50  # entries per list; the rest are counted (a job summary may hold 1 MiB)
SKIPPED_DIRS = {"pagefind"}


def files(root):
    """Relative path -> SHA-256 of every file under root, Pagefind's index left out."""
    found = {}
    if not root or not os.path.isdir(root):
        return None
    for folder, dirs, names in os.walk(root):
        if folder == root:
            dirs[:] = [d for d in dirs if d not in SKIPPED_DIRS]
        for name in names:
            path = os.path.join(folder, name)
            if os.path.islink(path) or not os.path.isfile(path):
                continue
            digest = hashlib.sha256()
            with open(path, "rb") as f:
                for block in iter(lambda: f.read(1 << 16), b""):
                    digest.update(block)
            found[os.path.relpath(path, root).replace(os.sep, "/")] = digest.hexdigest()
    return found


def page_url(path):
    """ja/plans/x/index.html -> /ja/plans/x/ ; 404.html -> /404.html"""
    if path == "index.html":
        return "/"
    if path.endswith("/index.html"):
        return "/" + path[: -len("index.html")]
    return "/" + path


def unescape(value):
    # The inverse of the workflow-command escaping in src/SiteGen/Cli/Reporter.cs.
    return (value.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":")
            .replace("%2C", ",").replace("%25", "%"))


COMMAND = re.compile(r"^::(error|warning) (?P<props>[^:]*)::(?P<message>.*)$")


def problems(check_path):
    """(level, file, line, title, message) of every ::error/::warning line, in the order printed."""
    found = []
    if not check_path or not os.path.isfile(check_path):
        return None
    with open(check_path, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = COMMAND.match(line.rstrip("\n"))
            if not m:
                continue
            props = {}
            for pair in m.group("props").split(","):
                key, _, value = pair.partition("=")
                props[key] = unescape(value)
            found.append((m.group(1), props.get("file", "?"), props.get("line", "1"),
                          props.get("title", ""), unescape(m.group("message"))))
    return found


def md(text):
    """Text safe inside a Markdown list item: no line breaks, no HTML."""
    return " ".join(text.split()).replace("<", "&lt;").replace(">", "&gt;")


def listing(out, heading, paths):
    out.append(f"<details{' open' if 0 < len(paths) <= 20 else ''}><summary>{heading} ({len(paths)})</summary>")
    out.append("")
    for path in paths[:LISTED]:
        out.append(f"- `{page_url(path)}`")
    if len(paths) > LISTED:
        out.append(f"- … and {len(paths) - LISTED} more")
    out.append("")
    out.append("</details>")
    out.append("")


def summary(before, after, check, compared_with, blob_url):
    out = ["## Site changes in this pull request", ""]
    old, new = files(before), files(after)
    if new is None:
        out += ["The site was not built (see the errors below and the job's log).", ""]
    elif old is None:
        out += [f"No site to compare with{' (' + compared_with + ')' if compared_with else ''}: pages are not compared.", ""]
    if old is not None and new is not None:
        added = sorted(p for p in new if p not in old)
        removed = sorted(p for p in old if p not in new)
        changed = sorted(p for p in new if p in old and new[p] != old[p])
        pages = lambda paths: [p for p in paths if p.endswith(".html")]
        others = lambda paths: len([p for p in paths if not p.endswith(".html")])
        pa, pc, pr = pages(added), pages(changed), pages(removed)
        unchanged = len(pages([p for p in new if p in old and new[p] == old[p]]))
        if compared_with:
            out += [f"Compared with {compared_with}.", ""]
        out += [f"**Pages: {len(pa)} added, {len(pc)} changed, {len(pr)} removed** ({unchanged} unchanged). "
                f"Other files (styles, scripts, feeds, data, oEmbed): {others(added)} added, "
                f"{others(changed)} changed, {others(removed)} removed; the search index is not compared.", ""]
        for heading, paths in (("Added pages", pa), ("Changed pages", pc), ("Removed pages", pr)):
            if paths:
                listing(out, heading, paths)
    found = problems(check)
    if found is None:
        out += ["No output of `check` was given: problems are not listed.", ""]
        return "\n".join(out)
    errors = [p for p in found if p[0] == "error"]
    warnings = [p for p in found if p[0] == "warning"]
    out += [f"**Content check: {len(errors)} error{'s' if len(errors) != 1 else ''}, "
            f"{len(warnings)} warning{'s' if len(warnings) != 1 else ''}.**", ""]
    for level, items in (("Errors", errors), ("Warnings", warnings)):
        if not items:
            continue
        out += [f"{level}:", ""]
        for _, file, line, title, message in items[:LISTED * 4]:
            place = f"{file}:{line}"
            where = f"[`{place}`]({blob_url.rstrip('/')}/{file}#L{line})" if blob_url else f"`{place}`"
            out.append(f"- {where}: {md(title) + ': ' if title else ''}{md(message)}")
        if len(items) > LISTED * 4:
            out.append(f"- … and {len(items) - LISTED * 4} more (the job's log has them all)")
        out.append("")
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", help="the site as it was (deployed, or built from the base commit)")
    parser.add_argument("--after", help="the site as this change builds it")
    parser.add_argument("--check", help="the output of `SiteGen check --format github`")
    parser.add_argument("--compared-with", default="", help="what --before is, in words, for the reader")
    parser.add_argument("--blob-url", default="", help="https://github.com/OWNER/REPO/blob/SHA: problems link to their line")
    args = parser.parse_args()
    sys.stdout.write(summary(args.before, args.after, args.check, args.compared_with, args.blob_url) + "\n")


if __name__ == "__main__":
    main()
