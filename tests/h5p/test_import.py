"""Storing checked H5P packages: libraries once per version and shared, a newer patch only for
staff who may manage libraries, content per upload with its metadata; refused packages store
nothing; `manage.py h5p_import` goes through the same checks."""

import io
import json
import zipfile

import pytest
from django.core.management import CommandError, call_command

from h5p import services
from h5p.models import Content, Library
from h5p.validation import PackageRejected
from tests.h5p.storage import h5p_storage, stored_files
from tests.h5p.test_validation import GREETING, SHARED, edit_json, rebuild

pytestmark = pytest.mark.django_db
HUB = SHARED / "hub"


def import_file(path, **options):
    options.setdefault("may_manage_libraries", True)
    with open(path, "rb") as source:
        return services.import_package(source, **options)


def test_a_hub_package_is_stored_with_its_libraries_and_metadata(empty_storage):
    result = import_file(HUB / "H5P.MultiChoice.h5p")
    content = result.content
    assert content.title == "Multiple Choice"
    assert content.main_library.machine_name == "H5P.MultiChoice"
    assert content.parameters["answers"]
    assert len(result.installed) == Library.objects.count() == 13
    needed = {lib.machine_name for lib in content.libraries.all()}
    assert {"H5P.MultiChoice", "H5P.Question", "H5P.JoubelUI", "FontAwesome"} <= needed
    assert not any(name.startswith("H5PEditor.") for name in needed)  # editor-only
    files = stored_files(empty_storage)
    assert f"{content.storage_path}/content.json" in files
    multichoice = Library.objects.get(machine_name="H5P.MultiChoice")
    assert f"{multichoice.storage_path}/library.json" in files
    assert any(f.startswith(multichoice.storage_path) and f.endswith(".js") for f in files)


def test_libraries_are_stored_once_and_shared_by_content():
    first = import_file(HUB / "H5P.MultiChoice.h5p")
    second = import_file(HUB / "H5P.MultiChoice.h5p")
    assert second.installed == [] and second.updated == []
    assert Library.objects.filter(machine_name="H5P.MultiChoice").count() == 1
    assert first.content.main_library == second.content.main_library
    assert first.content.storage_path != second.content.storage_path
    import_file(HUB / "H5P.TrueFalse.h5p")
    shared = Library.objects.get(machine_name="H5P.Question")
    assert shared.contents.count() == 3


def patched(patch):
    def bump(value):
        value["patchVersion"] = patch

    return rebuild(edit_json("H5P.GreetingCard-1.0/library.json", bump))


def test_a_newer_patch_replaces_the_older_only_for_those_who_may_manage_libraries():
    import_file(GREETING)
    library = Library.objects.get()
    assert library.patch_version == 6
    old_path = library.storage_path

    services.import_package(patched(9), may_manage_libraries=False)
    library.refresh_from_db()
    assert library.patch_version == 6 and library.storage_path == old_path

    result = services.import_package(patched(9), may_manage_libraries=True)
    library.refresh_from_db()
    assert result.updated == [library]
    assert library.patch_version == 9 and library.storage_path != old_path

    services.import_package(patched(7), may_manage_libraries=True)  # older: ignored
    library.refresh_from_db()
    assert library.patch_version == 9


def test_installing_a_library_needs_the_permission(empty_storage):
    with pytest.raises(PackageRejected) as rejected:
        import_file(GREETING, may_manage_libraries=False)
    assert "H5P.GreetingCard 1.0.6" in rejected.value.problems[0]
    assert not Library.objects.exists() and not Content.objects.exists()
    assert stored_files(empty_storage) == []
    import_file(GREETING)  # installed by someone allowed...
    result = import_file(GREETING, may_manage_libraries=False)  # ...then anyone may use it
    assert result.content.main_library.machine_name == "H5P.GreetingCard"


def test_a_refused_package_stores_nothing(empty_storage):
    with pytest.raises(PackageRejected):
        import_file(SHARED / "invalid" / "missing-preloaded-js.h5p")
    assert not Library.objects.exists() and not Content.objects.exists()
    assert stored_files(empty_storage) == []


def test_a_failure_while_storing_removes_what_was_written(empty_storage, monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(Content, "save", fail)
    with pytest.raises(RuntimeError):
        import_file(GREETING)
    assert not Library.objects.exists()
    assert stored_files(empty_storage) == []


def test_licence_and_authors_are_kept():
    def credit(value):
        value["license"] = "CC BY 4.0"
        value["authors"] = [{"name": "Genome institute", "role": "Author"}, "junk"]

    result = services.import_package(
        rebuild(edit_json("h5p.json", credit)), may_manage_libraries=True
    )
    assert result.content.licence == "CC BY 4.0"
    assert result.content.authors == [{"name": "Genome institute", "role": "Author"}]


def test_the_command_imports_and_reports_each_package(tmp_path):
    out = io.StringIO()
    call_command("h5p_import", str(GREETING), str(HUB / "H5P.TrueFalse.h5p"), stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith(f"accepted {GREETING}: “Greeting card” (1 libraries installed")
    assert lines[1].startswith(f"accepted {HUB / 'H5P.TrueFalse.h5p'}: “True/False Question”")
    assert Content.objects.count() == 2


def test_the_command_names_each_refusal_and_fails(tmp_path):
    out = io.StringIO()
    missing = tmp_path / "nowhere.h5p"
    broken = SHARED / "invalid" / "broken-h5p-json.h5p"
    with pytest.raises(CommandError, match="2 of 3 packages refused"):
        call_command("h5p_import", str(broken), str(GREETING), str(missing), stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith(f"refused  {broken}: h5p.json cannot be parsed")
    assert lines[1].startswith(f"accepted {GREETING}")
    assert lines[2] == f"refused  {missing}: No such file or directory"
    assert Content.objects.count() == 1


def test_stored_content_json_is_the_cleaned_parameters():
    def inject(value):
        value["greeting"] = "Hello <script>steal()</script>world!"

    result = services.import_package(
        rebuild(edit_json("content/content.json", inject)), may_manage_libraries=True
    )
    stored = h5p_storage().open(f"{result.content.storage_path}/content.json").read()
    assert json.loads(stored) == result.content.parameters
    assert result.content.parameters["greeting"] == "Hello world!"
    with zipfile.ZipFile(GREETING) as package:
        original = json.loads(package.read("content/content.json"))
    assert {**original, "greeting": "Hello world!"} == result.content.parameters


# -- the admin upload ---------------------------------------------------------------------------
def staff(role=None, *, superuser=False):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    users = get_user_model().objects
    if superuser:
        return users.create_superuser(email="root@example.org", password="x" * 12)
    user = users.create_user(
        email=f"{role.lower().replace(' ', '-')}@example.org", password="x" * 12
    )
    user.groups.add(Group.objects.get(name=role))
    return user


def upload(client, path, **headers):
    from django.core.files.uploadedfile import SimpleUploadedFile

    package = SimpleUploadedFile(path.name, path.read_bytes(), "application/zip")
    return client.post("/admin/h5p/upload/", {"package": package}, follow=True, **headers)


def test_a_superuser_uploads_a_hub_package_and_sees_it_listed(client):
    client.force_login(staff(superuser=True))
    response = upload(client, HUB / "H5P.TrueFalse.h5p")
    page = response.content.decode()
    assert "Uploaded “True/False Question”: 11 libraries installed, 0 updated." in page
    assert "True/False Question" in client.get("/admin/h5p/").content.decode()
    assert Content.objects.get().uploaded_by.email == "root@example.org"


def test_an_editor_may_upload_content_but_not_install_libraries(client):
    from accounts import roles

    client.force_login(staff(roles.EDITORS))
    response = upload(client, GREETING)
    page = response.content.decode()
    assert "The package was not stored:" in page
    assert "Only staff who may install H5P libraries can upload it." in page
    assert not Content.objects.exists()
    import_file(GREETING)  # installed by an administrator
    response = upload(client, GREETING)
    assert "Uploaded “Greeting card”: 0 libraries installed" in response.content.decode()


def test_a_broken_package_is_refused_in_the_uploaders_language(client, empty_storage):
    from django.utils import translation

    client.force_login(staff(superuser=True))
    with translation.override("zh-hant"):
        response = upload(
            client,
            SHARED / "invalid" / "missing-preloaded-js.h5p",
            HTTP_ACCEPT_LANGUAGE="zh-hant",
        )
    page = response.content.decode()
    assert response.status_code == 200
    assert "library.json 列出了 greetingcard.js，但套件中沒有這個檔案" in page
    assert not Content.objects.exists() and stored_files(empty_storage) == []


def test_a_file_that_is_not_h5p_is_refused_by_name(client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(staff(superuser=True))
    response = client.post(
        "/admin/h5p/upload/", {"package": SimpleUploadedFile("notes.pdf", b"%PDF-1.4")}
    )
    assert "Choose a file ending in .h5p." in response.content.decode()


def test_people_without_the_h5p_permissions_are_kept_out(client):
    from accounts import roles

    client.force_login(staff(roles.MEDICAL_REVIEWERS))
    assert client.get("/admin/h5p/").status_code in (302, 403)
    assert upload(client, GREETING).redirect_chain  # sent away, not stored
    assert not Content.objects.exists()
