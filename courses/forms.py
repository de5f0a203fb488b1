"""Staff forms for enrolments. Input is checked whole before anything is written."""

import re

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from courses.models import CoursePage, CourseRun

MAX_BULK = 500
_SEPARATORS = re.compile(r"[\s,;，；、]+")  # Chinese IMEs type full-width commas and semicolons


class BulkEnrolForm(forms.Form):
    run = forms.ModelChoiceField(queryset=CourseRun.objects.none(), label=_("Run"))
    emails = forms.CharField(
        label=_("Learners' email addresses"),
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "One per line (commas and semicolons also separate). Every address must belong to "
            "an account; if any does not, nobody is enrolled."
        ),
    )

    def __init__(self, *args, course: CoursePage, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["run"].queryset = course.runs.all()
        self.fields["run"].label_from_instance = str

    def clean_emails(self):
        addresses = list(
            dict.fromkeys(a.lower() for a in _SEPARATORS.split(self.cleaned_data["emails"]) if a)
        )
        if not addresses:
            raise ValidationError(_("Enter at least one email address."))
        if len(addresses) > MAX_BULK:
            raise ValidationError(_("At most %(limit)s addresses at a time.") % {"limit": MAX_BULK})
        malformed = [a for a in addresses if not _is_email(a)]
        if malformed:
            raise ValidationError(
                ngettext(
                    "Not an email address: %(list)s.",
                    "Not email addresses: %(list)s.",
                    len(malformed),
                )
                % {"list": ", ".join(malformed[:20])}
            )
        # The accounts app stores addresses lower-cased.
        users = {u.email: u for u in get_user_model().objects.filter(email__in=addresses)}
        unknown = [a for a in addresses if a not in users]
        if unknown:
            raise ValidationError(
                ngettext(
                    "No account has this address, so nobody was enrolled: %(list)s.",
                    "No accounts have these addresses, so nobody was enrolled: %(list)s.",
                    len(unknown),
                )
                % {"list": ", ".join(unknown[:20])}
            )
        return [users[a] for a in addresses]


def _is_email(text: str) -> bool:
    try:
        validate_email(text)
    except ValidationError:
        return False
    return True
