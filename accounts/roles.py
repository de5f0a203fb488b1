"""Staff roles are Django groups, created by a data migration (accounts 0002). Code asks for a
role by these names; `settings.ROLE_LABELS` gives the translated label."""

EDITORS = "Editors"
MEDICAL_REVIEWERS = "Medical reviewers"
CPD_ADMINISTRATORS = "CPD administrators"
UNIVERSITY_COORDINATORS = "University coordinators"
SUPERVISORS = "Supervisors"

ALL_ROLES = (EDITORS, MEDICAL_REVIEWERS, CPD_ADMINISTRATORS, UNIVERSITY_COORDINATORS, SUPERVISORS)
# Roles that work in the Wagtail admin.
ADMIN_ROLES = (EDITORS, MEDICAL_REVIEWERS, CPD_ADMINISTRATORS)
