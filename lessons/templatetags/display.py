"""Template filters over lessons.display: {% load display %} {{ value|number }},
{{ seconds|duration }}, {{ when|elapsed }}, {{ when|datetime_text }}, {{ user|display_name }}."""
from django import template

from lessons import display

register = template.Library()


@register.filter
def number(value):
    return display.number_text(value)


@register.filter
def duration(seconds):
    return display.seconds_text(seconds)


@register.filter
def elapsed(when):
    return display.elapsed_text(when) if when else ""


@register.filter
def datetime_text(when):
    return display.datetime_text(when)


@register.filter
def display_name(user):
    return display.user_name(user)
