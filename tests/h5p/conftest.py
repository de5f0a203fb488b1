import pytest

from tests.courses import factories
from tests.h5p.storage import clear, h5p_storage


@pytest.fixture(autouse=True)
def empty_storage():
    """Each test starts from an empty H5P storage and leaves it empty."""
    store = h5p_storage()
    clear(store)
    yield store
    clear(store)


@pytest.fixture
def multichoice(db, empty_storage):
    from tests.h5p.test_import import HUB, import_file

    return import_file(HUB / "H5P.MultiChoice.h5p").content


@pytest.fixture
def course(home_page):
    return factories.course(factories.catalogue(home_page), sequential=False)
