"""The Wagtail admin side of the public pages: the page form that refuses publishing an
untranslated page, the translation-state column, edit-view panel and report (`views`), wired up
in `content.wagtail_hooks`."""
