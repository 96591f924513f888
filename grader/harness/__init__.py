"""The in-sandbox harness: loads learner code, runs an exercise's procedure, measures.

Runs inside the sandbox with only `grader/harness` and `grader/exercises` visible (as the
namespace package `grader`); it must never import Django or anything else of the project.
"""
