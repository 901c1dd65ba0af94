"""The Qt-free core: statutes, rubric, analysis, grading, clauses, drafts, redline."""
