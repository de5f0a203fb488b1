from django import forms
from django.utils.translation import gettext_lazy as _

MAX_UPLOAD_BYTES = 64 * 1024 * 1024


class UploadForm(forms.Form):
    package = forms.FileField(
        label=_("H5P package"),
        help_text=_("A .h5p file, as exported from an H5P editor or the H5P hub."),
        widget=forms.ClearableFileInput(attrs={"accept": ".h5p"}),
    )

    def clean_package(self):
        package = self.cleaned_data["package"]
        if not package.name.lower().endswith(".h5p"):
            raise forms.ValidationError(_("Choose a file ending in .h5p."))
        if package.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(limit)s MiB.") % {"limit": MAX_UPLOAD_BYTES // 2**20}
            )
        return package
