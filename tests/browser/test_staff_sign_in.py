"""Staff sign in with two factors in a real browser: the password, then the code of their
authenticator app; someone given a staff role without one is led to set it up first."""

from django.contrib.auth.models import Group

from accounts import roles
from tests.browser.conftest import axe_violations
from tests.browser.test_course_pages import PASSWORD, sign_in


def test_an_editor_signs_in_with_the_authenticator_code_and_reaches_the_admin(page, site, settings):
    settings.STAFF_TWO_FACTOR_REQUIRED = True
    sign_in(page, site, "editor@example.org")  # password, then the code (see sign_in)
    page.goto(f"{site}/admin/")
    page.wait_for_url(f"{site}/admin/")
    assert page.title().startswith("Dashboard"), page.title()


def test_new_staff_are_led_to_set_up_two_factor_first(page, site, settings):
    from accounts.models import User

    settings.STAFF_TWO_FACTOR_REQUIRED = True
    newcomer = User.objects.create_user("new-reviewer@example.org", PASSWORD, first_name="New")
    newcomer.emailaddress_set.create(email=newcomer.email, verified=True, primary=True)
    newcomer.groups.add(Group.objects.get(name=roles.MEDICAL_REVIEWERS))

    sign_in(page, site, newcomer.email)
    page.goto(f"{site}/admin/")
    page.wait_for_url(lambda url: "/en/accounts/2fa/" in url)
    assert page.get_by_text("needs two-factor authentication").count() == 1
    assert axe_violations(page) == []
