"""Forms: the quiz (built from its questions) and sign-up."""
from __future__ import annotations

import math
import unicodedata

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import UserCreationForm
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from lessons.models import Question


class NumberField(forms.FloatField):
    """A float that also accepts full-width digits (０．２５) and a decimal comma."""

    default_error_messages = {"invalid": _("Enter a number, for example 0.25.")}

    def to_python(self, value):
        if isinstance(value, str):
            value = unicodedata.normalize("NFKC", value).strip().replace(",", ".")
        number = super().to_python(value)
        if number is not None and not math.isfinite(number):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return number


class QuizForm(forms.Form):
    """One field per question, named `q-<key>`; `answers()` gives what quiz_grade takes."""

    def __init__(self, *args, quiz, render_inline, **kwargs):
        super().__init__(*args, **kwargs)
        self.quiz = quiz
        self.questions = list(quiz.questions.all())
        for question in self.questions:
            label = mark_safe(render_inline(question.prompt))  # noqa: S308 - our own content
            name = f"q-{question.key}"
            choices = [
                (str(c.order), mark_safe(render_inline(c.text)))  # noqa: S308
                for c in question.choices.all()
            ]
            required = {"required": _("Answer this question.")}
            if question.kind == Question.Kind.NUMERIC:
                field = NumberField(label=label, error_messages=required)
                field.widget.attrs.update({"inputmode": "decimal", "autocomplete": "off"})
            elif question.kind == Question.Kind.SINGLE:
                field = forms.TypedChoiceField(
                    label=label, choices=choices, coerce=int, widget=forms.RadioSelect,
                    error_messages={**required, "invalid_choice": _("Pick one of the choices.")},
                )
            else:
                field = forms.TypedMultipleChoiceField(
                    label=label, choices=choices, coerce=int, widget=forms.CheckboxSelectMultiple,
                    error_messages={
                        "required": _("Pick at least one choice."),
                        "invalid_choice": _("Pick only from the choices shown."),
                    },
                )
            field.question = question
            self.fields[name] = field

    def answers(self) -> dict:
        return {name[2:]: value for name, value in self.cleaned_data.items()}


class SignupForm(UserCreationForm):
    email = forms.EmailField(
        label=_("Email"), required=True,
        help_text=_("Used only to reset your password."),
    )

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ("username", "email")
