from django.db.models.signals import pre_save
from django.dispatch import receiver

from academy.chinese import fill_simplified, translated_field_names


@receiver(pre_save, dispatch_uid="academy.fill_simplified")
def derive_simplified_chinese(sender, instance, raw=False, **kwargs) -> None:
    if raw or not translated_field_names(sender):
        return
    previous = None
    if instance.pk is not None:
        previous = sender._default_manager.filter(pk=instance.pk).first()
    fill_simplified(instance, previous)
