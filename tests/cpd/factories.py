from decimal import Decimal

from django.contrib.auth import get_user_model

from cpd import services
from cpd.models import AccreditingBody, Category, PointRule, Scheme

D = Decimal


def scheme(code="test-cme", *, categories=None, rules=(), per_learner=False, **fields) -> Scheme:
    body, _created = AccreditingBody.objects.get_or_create(
        short_name="TB", defaults={"name": "Test body", "name_en": "Test body"}
    )
    values = {
        "body": body,
        "code": code,
        "name": f"Scheme {code}",
        "name_en": f"Scheme {code}",
        "name_zh_hant": f"計劃 {code}",
        "cycle_years": 3,
        "points_required": D(90),
        **(
            {"cycle_start": "per_learner"}
            if per_learner
            else {
                "cycle_start": "fixed",
                "cycle_start_day": 1,
                "cycle_start_month": 1,
                "first_cycle_year": 2026,
            }
        ),
        **fields,
    }
    result = Scheme(**values)
    result.categories = [
        Category(code=c, name=c, name_en=c, minimum=minimum, cap=cap)
        for c, minimum, cap in (categories or [("general", None, None)])
    ]
    result.rules = [
        PointRule(activity_type=activity, category_code=category, **caps)
        for activity, category, caps in rules
    ]
    result.full_clean()
    result.save()
    return result


def member(email, *schemes, cycle_start_date=None):
    user = get_user_model().objects.create_user(email=email, password="pw-123456789")
    for item in schemes:
        services.join(user, item, registration_number="R1", cycle_start_date=cycle_start_date)
    return user


def staff(group_name, email=None):
    from django.contrib.auth.models import Group

    email = email or f"{group_name.split()[0].lower()}@example.org"
    user = get_user_model().objects.create_user(email=email, password="pw-123456789", is_staff=True)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def award(user, scheme, points, ref, day, category="general", title=None):
    return services.award(
        user,
        scheme=scheme,
        category_code=category,
        points=D(points),
        activity_date=day,
        source_kind="event",
        source_ref=ref,
        title=title or f"Seminar {ref}",
    )
