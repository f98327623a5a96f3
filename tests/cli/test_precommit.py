"""The pre-commit hook works with the real ``pre-commit`` (one slow end-to-end test).

The snippet of README.md's "Pre-commit" section is written into a consumer repository's
``.pre-commit-config.yaml`` (only the repository URL and the commit id are filled in) and
``pre-commit run`` installs tdnlint from that git repository into its own virtualenv (PyPI access
needed for the dependencies) and runs the hook.
The hook repository is a snapshot of this repo's HEAD (``git archive``), so the test
does not depend on uncommitted work in the tree.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

yaml = pytest.importorskip("yaml", reason="PyYAML comes with pre-commit (test extra)")

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(shutil.which("pre-commit") is None or shutil.which("git") is None,
                                reason="pre-commit or git is not installed")


def _git(*args: str, cwd: Path) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"}
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout


def test_hook_definition():
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "tdnlint" and hook["language"] == "python"
    assert hook["entry"] == "tdnlint check"
    import re

    files, exclude = re.compile(hook["files"]), re.compile(hook["exclude"])
    for name in ("a.docx", "b/c.txt", "d.md", "E.DOCX"):
        assert files.search(name) and not exclude.search(name), name
    assert not files.search("x.pdf") and exclude.search("van-ban/~$a.docx")


README_REPO = "https://example.invalid/tdnlint.git"
README_REV = "0" * 40


def readme_snippet() -> str:
    """The ```yaml block of README.md's "## Pre-commit" section, verbatim."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Pre-commit", 1)[1].split("\n## ", 1)[0]
    return section.split("```yaml\n", 1)[1].split("```", 1)[0]


def test_readme_snippet_is_valid_and_names_the_hook():
    snippet = readme_snippet()
    assert README_REPO in snippet and README_REV in snippet  # the two placeholders the next test fills in
    [repo] = yaml.safe_load(snippet)["repos"]
    assert [h["id"] for h in repo["hooks"]] == ["tdnlint"]


def test_readme_pre_commit_snippet_fails_on_bad_draft_and_passes_clean_one(tmp_path):
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: nothing to snapshot for try-repo")
    hook_repo = tmp_path / "hook-repo"
    hook_repo.mkdir()
    archive = subprocess.run(["git", "archive", "HEAD"], cwd=ROOT, check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(hook_repo)], input=archive, check=True)
    _git("init", "-q", cwd=hook_repo)
    _git("add", ".", cwd=hook_repo)
    _git("commit", "-q", "-m", "snapshot", cwd=hook_repo)
    commit = _git("rev-parse", "HEAD", cwd=hook_repo).strip()

    work = tmp_path / "work"
    work.mkdir()
    _git("init", "-q", cwd=work)
    (work / "du-thao.txt").write_text("Thực hiện năm 2021,Ban Thường trực.\n", encoding="utf-8")
    (work / "ghi-chu.md").write_text("Không có lỗi.\n", encoding="utf-8")
    (work / "anh.png").write_bytes(b"\x89PNG")
    # README.md's snippet, verbatim but for the repository URL and the commit id
    config = readme_snippet().replace(README_REPO, str(hook_repo)).replace(README_REV, commit)
    (work / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    _git("add", ".", cwd=work)

    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pc-home"), "NO_COLOR": "1"}

    def try_repo():
        return subprocess.run(["pre-commit", "run", "--all-files", "--verbose", "--color", "never"],
                              cwd=work, env=env, capture_output=True, text=True, timeout=600)

    bad = try_repo()
    out = bad.stdout + bad.stderr
    offline = ("Could not fetch", "Network is unreachable", "Failed to establish a new connection",
               "No matching distribution found", "Temporary failure in name resolution")
    if any(msg in out for msg in offline):
        pytest.skip("no package index reachable to build the hook environment")
    assert bad.returncode == 1, out
    assert "du-thao.txt" in out and "TDN201" in out
    assert "anh.png" not in out

    # fix the draft: the hook passes
    (work / "du-thao.txt").write_text(
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH AN GIANG\tĐộc lập - Tự do - Hạnh phúc\n\nThực hiện năm 2021, Ban Thường trực.\n",
        encoding="utf-8")
    (work / ".tdnlint.toml").write_text('select = ["TDN2"]\n', encoding="utf-8")
    (work / "ghi-chu.md").unlink()
    _git("add", "-A", cwd=work)
    good = try_repo()
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout
