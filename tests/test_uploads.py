"""Uploaded survey files (owners' names, ID numbers) do not outlive the import or the session."""

from __future__ import annotations

import gc
import os
import time
from pathlib import Path

from views import import_page


def test_an_upload_folder_goes_with_its_session():
    folder = import_page._UploadFolder()  # noqa: SLF001 - the page's own helper, tested here
    path = folder.path
    (path / "khaosat.zip").write_bytes(b"PK")
    assert path.is_dir() and oct(path.stat().st_mode & 0o777) == "0o700"
    del folder  # the session state that held it is dropped
    gc.collect()
    assert not path.exists()


def test_an_upload_folder_is_removed_when_the_import_is_done():
    folder = import_page._UploadFolder()  # noqa: SLF001
    folder.remove()
    assert not folder.path.exists()


def test_folders_left_by_a_stopped_process_are_swept(tmp_path, monkeypatch):
    monkeypatch.setattr(import_page.tempfile, "gettempdir", lambda: str(tmp_path))
    old, new = tmp_path / "siteready-upload-old", tmp_path / "siteready-upload-new"
    for folder in (old, new):
        folder.mkdir()
        (folder / "f.geojson").write_text("{}")
    past = time.time() - import_page.STALE_UPLOAD_S - 60
    os.utime(old, (past, past))
    import_page._sweep_stale_uploads()  # noqa: SLF001
    assert not old.exists() and Path(new).exists()
