"""LTI roles → Kōbai's two: instructor of the cohort, or learner in it (no Django).

Only roles in the LMS course (membership roles) make an instructor: an institution role such as
"Faculty" says nothing about this course. Teaching assistants teach here too."""
MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#"
SUB_ROLE = "http://purl.imsglobal.org/vocab/lis/v2/membership/"  # e.g. .../membership/Instructor#TeachingAssistant
TEACHING = {"Instructor", "Administrator", "ContentDeveloper"}


def teaches(roles: list[str]) -> bool:
    for role in roles:
        if role.startswith(MEMBERSHIP):
            name = role.removeprefix(MEMBERSHIP).split("#")[0]
        elif role.startswith(SUB_ROLE):
            name = role.removeprefix(SUB_ROLE).split("#")[0]
        elif "/" not in role and "#" not in role:  # the short form LTI 1.3 allows for context roles
            name = role
        else:
            continue
        if name in TEACHING:
            return True
    return False
