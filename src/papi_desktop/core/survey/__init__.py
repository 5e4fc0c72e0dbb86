"""The parents' survey beside the self-assessment (issue 16): the questionnaire as data, the forms, the results.

Qt-free and database-free. The repository stores forms (:mod:`papi_desktop.storage.survey`); the printed form,
the table loader, the GUI grid and the CLI all go through the names re-exported here.
"""

from papi_desktop.core.survey.data import (
    MAX_FORMS,
    SURVEY_DATA_FORMAT,
    check_member,
    forms_of_member,
    member_results,
    survey_member,
)
from papi_desktop.core.survey.forms import MAX_CLASS_CHARS, SurveyForm, batch_code, clean_answers, clean_class_label
from papi_desktop.core.survey.questionnaire import (
    ANSWER_TEXT,
    CHOICE,
    DONT_KNOW,
    NO,
    YES,
    YES_NO,
    YES_NO_KEYS,
    Question,
    Questionnaire,
    bundled_questionnaires,
    default_questionnaire,
    load_questionnaire,
    parse_questionnaire,
    questionnaire_for,
)
from papi_desktop.core.survey.results import (
    ChoiceResult,
    Gap,
    GroupResult,
    QuestionResult,
    SurveyResults,
    percent,
    results_json,
    survey_results,
    wilson,
)

__all__ = [
    "ANSWER_TEXT", "CHOICE", "DONT_KNOW", "MAX_CLASS_CHARS", "MAX_FORMS", "NO", "SURVEY_DATA_FORMAT", "YES", "YES_NO",
    "YES_NO_KEYS", "ChoiceResult", "Gap", "GroupResult", "Question", "QuestionResult", "Questionnaire", "SurveyForm",
    "SurveyResults", "batch_code", "bundled_questionnaires", "check_member", "clean_answers", "clean_class_label",
    "default_questionnaire", "forms_of_member", "load_questionnaire", "member_results", "parse_questionnaire",
    "percent", "questionnaire_for", "results_json", "survey_member", "survey_results", "wilson",
]
