from accounts.models import User


def update_profile(
    user: User, *, first_name: str, last_name: str, chinese_name: str, preferred_language: str
) -> User:
    user.first_name = first_name.strip()
    user.last_name = last_name.strip()
    user.chinese_name = chinese_name.strip()
    user.preferred_language = preferred_language
    user.full_clean(exclude=["password"])
    user.save(update_fields=["first_name", "last_name", "chinese_name", "preferred_language"])
    return user
