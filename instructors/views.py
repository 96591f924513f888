"""Admin pages for instructors: a cohort's progress (matrix, statistics, stuck learners) and its
export, a submission read in full, and the progress of a regrade."""
from __future__ import annotations

from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import PythonLexer

from grader import charts
from instructors.progress import FAILED, NOT_TRIED, PASSED, SORTS, cohort_progress
from instructors.spreadsheet import formula_safe_dataset
from lessons.display import user_name

ROWS_PER_PAGE = 100


def _labels() -> dict:
    # Evaluated per request: the words follow the admin's language.
    return {PASSED: ("✓", _("passed")), FAILED: ("✗", _("not passed")), NOT_TRIED: ("–", _("not tried"))}


def cohort_progress_page(model_admin, request, cohort):
    params = {key: request.GET.get(key, "").strip() for key in ("q", "state", "exercise", "o")}
    progress = cohort_progress(cohort, q=params["q"], state=params["state"], exercise=params["exercise"],
                               sort=params["o"] or "name")
    labels = _labels()
    paginator = Paginator(progress.rows, ROWS_PER_PAGE)
    page = paginator.get_page(request.GET.get("p"))
    # Strings made once per distinct value, not per cell: the template only pastes them.
    attempts_text, tz = {}, timezone.get_current_timezone()
    changelist = reverse("admin:grader_submission_changelist")
    for row in page.object_list:
        for cell in row.cells:
            cell.mark, cell.label = labels[cell.state]
            if cell.attempts and cell.attempts not in attempts_text:
                attempts_text[cell.attempts] = ngettext("%(n)d attempt", "%(n)d attempts", cell.attempts) % {
                    "n": cell.attempts}
            cell.attempts_text = attempts_text.get(cell.attempts, "")
            cell.last_text = cell.last.astimezone(tz).strftime("%m/%d") if cell.last else ""
            cell.url = f"{changelist}?{cell.url_params}" if cell.url_params else ""
            cell.extended_text = (_("extended to %(date)s") % {
                "date": cell.extended_to.astimezone(tz).strftime("%m/%d %H:%M")} if cell.extended_to else "")
    query = {k: v for k, v in params.items() if v}
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta, "cohort": cohort, "progress": progress, "params": params,
        "title": _("Progress of %(cohort)s") % {"cohort": cohort.name},
        "states": [(PASSED, labels[PASSED][1]), (FAILED, labels[FAILED][1]), (NOT_TRIED, labels[NOT_TRIED][1])],
        "sorts": SORTS, "lang": get_language(),
        "exercise_columns": [c for c in progress.columns if c.kind == "exercise"],
        "page": page, "paginator": paginator, "query": urlencode(query), "late_label": _("late"),
    }
    return TemplateResponse(request, "instructors/cohort_progress.html", context)


def cohort_progress_export(request, cohort, fmt: str):
    """The matrix as CSV (UTF-8 with a BOM, for Excel) or XLSX, through tablib, formula-safe:
    usernames and names are the learners' own text."""
    import tablib

    if fmt not in ("csv", "xlsx"):
        raise Http404
    progress = cohort_progress(cohort, q=request.GET.get("q", ""), state=request.GET.get("state", ""),
                               exercise=request.GET.get("exercise", ""), sort=request.GET.get("o", "name"))
    labels = _labels()
    headers = [_("learner"), _("name"), _("joined"), _("exercises passed"), _("last activity")]
    for column in progress.columns:
        name = (_("lesson %(n)d quiz") % {"n": column.lesson.order} if column.kind == "quiz"
                else column.exercise.slug)
        headers += [name, _("%(name)s attempts") % {"name": name}, _("%(name)s best score") % {"name": name}]
        if column.kind == "exercise":
            headers += [_("%(name)s late") % {"name": name}, _("%(name)s due for this learner") % {"name": name}]
    data = tablib.Dataset(headers=headers, title=cohort.name[:31])
    tz = timezone.get_current_timezone()
    for row in progress.rows:
        line = [row.user.username, user_name(row.user), row.joined_at.astimezone(tz).strftime("%Y-%m-%d"),
                row.passed, row.last_activity.astimezone(tz).strftime("%Y-%m-%d %H:%M") if row.last_activity else ""]
        for column, cell in zip(progress.columns, row.cells, strict=True):
            line += [str(labels[cell.state][1]), cell.attempts, "" if cell.score is None else round(cell.score, 4)]
            if column.kind == "exercise":
                line += [_("late") if cell.late else "",
                         cell.extended_to.astimezone(tz).strftime("%Y-%m-%d %H:%M") if cell.extended_to else ""]
        data.append(line)
    data = formula_safe_dataset(data)
    stem = f"cohort-{cohort.pk}-progress"
    if fmt == "csv":
        response = HttpResponse(("\ufeff" + data.export("csv")).encode("utf-8"), content_type="text/csv; charset=utf-8")
    else:
        response = HttpResponse(data.export("xlsx"),
                                content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    response["Content-Disposition"] = f'attachment; filename="{stem}.{fmt}"'
    return response


def submission_context(request, submission) -> dict:
    """What the admin page of one submission shows besides its fields."""
    formatter = HtmlFormatter(cssclass="kobai-code", linenos="table", style="xcode")
    verdict = submission.verdict_in((get_language() or "en")[:2], for_staff=True)
    return {
        "code_html": highlight(submission.code, PythonLexer(), formatter),
        "code_css": formatter.get_style_defs(".kobai-code"),
        "verdict": verdict, "submission_obj": submission,
        "charts": charts.verdict_charts(verdict["series"]) if verdict else [],
        # A list, not verdict.timings.items in the template: a stored key "items" would shadow it.
        "timings": sorted(verdict["timings"].items()) if verdict else [],
    }


def regrading_page(model_admin, request):
    raw = request.GET.get("ids", "")
    ids = [int(x) for x in raw.split(",") if x.isdigit()][:5000]
    counts = model_admin.regrading_counts(request, ids)
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta, "title": _("Regrading"), "counts": counts, "ids": raw,
        "done": counts["total"] - counts["pending"],
        "percent": round(100 * (counts["total"] - counts["pending"]) / counts["total"]) if counts["total"] else 100,
        "changelist_ids": ",".join(str(i) for i in ids),
    }
    if request.headers.get("HX-Request"):
        response = TemplateResponse(request, "instructors/_regrading_status.html", context)
        if not counts["pending"]:
            response.status_code = 286  # htmx stops polling
        return response
    return TemplateResponse(request, "instructors/regrading.html", context)
